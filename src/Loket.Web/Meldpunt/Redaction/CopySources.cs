using System.Text;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Files;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>Something of a case a copy can be made of, or the reason it cannot.</summary>
public sealed record CopySourceItem(CopySource Source, Guid? EntryId, string Label, string? Refusal)
{
    /// <summary>The query that names it on the page that makes the copy.</summary>
    public string Query => EntryId is { } id ? $"bron={Source}&stuk={id}" : $"bron={Source}";
}

/// <summary>
/// The report text, every case entry's text and every file of a case, as sources of a copy. Only plain
/// text files can be copied: of a PDF, an image or an Office file the loket cannot guarantee that a
/// hidden passage is gone (layers, text in a scan, comments, tracked changes, metadata), so it refuses
/// them with the reason, rather than make a copy that might still carry what was meant to be hidden.
/// Line ends are "\n" everywhere, as a browser counts positions in the text it shows.
/// </summary>
public static class CopySources
{
    public static async Task<List<CopySourceItem>> ListAsync(LoketDbContext db, CaseCrypto crypto, Report report, CancellationToken cancellationToken = default)
    {
        var items = new List<CopySourceItem> { new(CopySource.ReportText, null, $"De melding (ontvangen {Dutch.Date(report.ReceivedAt)})", null) };
        foreach (var entry in await db.CaseEntries.Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ToListAsync(cancellationToken))
        {
            items.Add(new(CopySource.EntryText, entry.Id, EntryLabel(entry), null));
            if (entry.SealedFile is not null)
            {
                // The cleaned name carries the kind the content was checked to be; the copy checks the content again.
                var extension = Path.GetExtension(crypto.FileName(report, entry) ?? string.Empty);
                items.Add(new(CopySource.EntryFile, entry.Id, $"Bijlage bij: {EntryLabel(entry)}", RefusalFor(extension)));
            }
        }

        return items;
    }

    /// <summary>The source's text, or a Dutch refusal; null when there is no such source in this case.</summary>
    public static async Task<(CopySourceItem Item, string? Text)?> LoadAsync(LoketDbContext db, CaseCrypto crypto, Report report, CopySource source, Guid? entryId, CancellationToken cancellationToken = default)
    {
        if (source == CopySource.ReportText)
        {
            return (new(source, null, $"De melding (ontvangen {Dutch.Date(report.ReceivedAt)})", null), Lines(crypto.Text(report)));
        }

        var entry = await db.CaseEntries.FirstOrDefaultAsync(e => e.Id == entryId && e.ReportId == report.Id, cancellationToken);
        if (entry is null || (source == CopySource.EntryFile && entry.SealedFile is null))
        {
            return null;
        }

        if (source == CopySource.EntryText)
        {
            return (new(source, entry.Id, EntryLabel(entry), null), Lines(crypto.Text(report, entry)));
        }

        var label = $"Bijlage bij: {EntryLabel(entry)}";
        var content = crypto.File(report, entry)!;
        var kind = FileSignature.Detect(content) ?? DocumentSignature.Detect(content);
        if (kind != DocumentSignature.Text)
        {
            return (new(source, entry.Id, label, RefusalFor(kind?.Extension ?? string.Empty)), null);
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        return (new(source, entry.Id, label, null), Lines(text));
    }

    public static string EntryLabel(CaseEntry entry) => $"{Dutch.Of(entry.Kind)} van {Dutch.DateTime(entry.At)}";

    /// <summary>Why a file of this kind is not copied, in words an officer can act on; null for plain text.</summary>
    public static string? RefusalFor(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" => null,
        ".pdf" => "Van een PDF maakt het loket geen weggelakte kopie. Een PDF kan tekst bevatten die je niet ziet (verborgen lagen, "
            + "tekst onder een afbeelding, opmerkingen, metadata) en tekst in een scan kan het loket niet lezen, dus het kan niet garanderen "
            + "dat wat je weglakt ook echt weg is. Neem de tekst die je wilt delen over in een notitie in het dossier en maak daarvan een weggelakte kopie.",
        ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" => "Van een afbeelding maakt het loket geen weggelakte kopie. Tekst in een foto of scan "
            + "kan het loket niet lezen en dus niet betrouwbaar weglakken, en een afbeelding draagt gegevens mee die je niet ziet (zoals plaats "
            + "en toestel). Beschrijf wat je wilt delen in een notitie in het dossier en maak daarvan een weggelakte kopie.",
        _ => "Van een Office- of OpenDocument-bestand maakt het loket geen weggelakte kopie. Zo'n bestand bevat naast de zichtbare tekst "
            + "ook opmerkingen, bijgehouden wijzigingen, verborgen tekst en metadata (zoals de naam van wie het maakte), die het loket niet "
            + "betrouwbaar kan weglakken. Neem de tekst die je wilt delen over in een notitie in het dossier en maak daarvan een weggelakte kopie.",
    };

    private static string Lines(string text) => text.ReplaceLineEndings("\n");
}
