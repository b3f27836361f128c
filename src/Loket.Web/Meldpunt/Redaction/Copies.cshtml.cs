using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// A case's redacted copies: what each was made of, by whom, when, for whom and why, and downloads as
/// PDF and text; and what of the case a new copy can be made of (or why not). Reading the list and each
/// download are in the audit trail.
/// </summary>
[Authorize(Policy = MeldpuntServices.CaseWork)]
public sealed class CopiesModel(LoketDbContext db, TenantContext tenant, CaseAccess access, CaseCrypto crypto, KeyRing ring) : PageModel
{
    public sealed record Row(Guid Id, DateTimeOffset MadeAt, string MadeBy, string Source, string Recipient, string Purpose, int Hidden);

    [FromRoute]
    public Guid Id { get; set; }

    public Report Report { get; private set; } = null!;

    public List<CopySourceItem> Sources { get; private set; } = [];

    public List<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Message = TempData["Redaction.Message"] as string;
        Sources = await CopySources.ListAsync(db, crypto, Report);
        var copies = await db.Set<RedactedCopy>().Where(c => c.ReportId == Report.Id).OrderByDescending(c => c.MadeAt).ToListAsync();
        var makers = await db.Users.Where(u => copies.Select(c => c.MadeByUserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var seal = new CopySeal(ring, Report);
        foreach (var copy in copies)
        {
            var recipient = seal.RecipientName(copy) is { } name ? $"{copy.Recipient.Dutch()}: {name}" : copy.Recipient.Dutch();
            Rows.Add(new(copy.Id, copy.MadeAt, makers.GetValueOrDefault(copy.MadeByUserId, "onbekend"), await SourceLabelAsync(copy), recipient, seal.Purpose(copy), copy.HiddenPassages));
        }

        db.RecordRead(nameof(Report), Report.Id.ToString(), "Weggelakte kopieën bekeken");
        await db.SaveChangesAsync();
        return Page();
    }

    public Task<IActionResult> OnGetPdfAsync(Guid copy) => DownloadAsync(copy, "pdf");

    public Task<IActionResult> OnGetTextAsync(Guid copy) => DownloadAsync(copy, "txt");

    private async Task<IActionResult> DownloadAsync(Guid copyId, string format)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var copy = await db.Set<RedactedCopy>().FirstOrDefaultAsync(c => c.Id == copyId && c.ReportId == Report.Id);
        if (copy is null)
        {
            return NotFound();
        }

        var text = new CopySeal(ring, Report).Text(copy);
        var source = await SourceLabelAsync(copy);
        db.RecordRead(nameof(RedactedCopy), copy.Id.ToString(), $"Weggelakte kopie gedownload ({format})");
        await db.SaveChangesAsync();
        return format == "pdf"
            ? File(CopyDocument.AsPdf(Report, copy, source, text), "application/pdf", CopyDocument.FileName(Report, copy, ".pdf"))
            : File(System.Text.Encoding.UTF8.GetBytes(CopyDocument.AsText(Report, copy, source, text)), "text/plain; charset=utf-8", CopyDocument.FileName(Report, copy, ".txt"));
    }

    private async Task<string> SourceLabelAsync(RedactedCopy copy)
    {
        if (copy.EntryId is not { } entryId)
        {
            return $"De melding (ontvangen {Dutch.Date(Report.ReceivedAt)})";
        }

        var entry = await db.CaseEntries.FirstAsync(e => e.Id == entryId);
        return copy.Source == CopySource.EntryFile ? $"Bijlage bij: {CopySources.EntryLabel(entry)}" : CopySources.EntryLabel(entry);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var outcome = await CopyAccess.CheckAsync(access, tenant, User, Id);
        if (outcome.Report is null)
        {
            return outcome.Status == StatusCodes.Status404NotFound ? NotFound() : Forbid();
        }

        Report = outcome.Report;
        return null;
    }
}
