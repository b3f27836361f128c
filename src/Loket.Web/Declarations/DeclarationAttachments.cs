using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// Files with a declaration: checked and stored as soon as they are posted (also by "Bekijk oordeel"
/// or a submission that fails on another field), so the employee never has to choose them again;
/// filed with the declaration when it is submitted.
/// </summary>
public static class DeclarationAttachments
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const int MaxFiles = 5;

    /// <summary>
    /// What the form may post at most: twice what may be kept. Within it, a file too many or too large
    /// gets its own Dutch message and everything else is kept; a larger post is refused before the page
    /// sees it, with only the general error page (it cannot say which file), so the margin is wide.
    /// </summary>
    public const long MaxRequestBytes = 2 * MaxFiles * MaxFileBytes;

    public sealed record Listed(Guid Id, string FileName, string ContentType, long SizeBytes);

    /// <summary>
    /// Stores every acceptable file for <paramref name="uploaderId"/>, with <paramref name="declarationId"/>
    /// or not yet filed, and adds its id to <paramref name="kept"/>; returns a Dutch error per refused
    /// file. Nothing is saved here.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StashAsync(LoketDbContext db, Guid uploaderId, IEnumerable<IFormFile> files, List<Guid> kept, DateTimeOffset now, Guid? declarationId = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        foreach (var file in files)
        {
            var name = string.IsNullOrWhiteSpace(file.FileName) ? "bestand" : Path.GetFileName(file.FileName.Replace('\\', '/'));
            if (kept.Count >= MaxFiles)
            {
                errors.Add($"'{name}' is niet toegevoegd: een opgave heeft hoogstens {MaxFiles} bijlagen.");
                continue;
            }

            if (file.Length == 0)
            {
                errors.Add($"'{name}' is leeg.");
                continue;
            }

            if (file.Length > MaxFileBytes)
            {
                errors.Add($"'{name}' is te groot ({Size(file.Length)}): een bijlage is hoogstens {Size(MaxFileBytes)}.");
                continue;
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            // The name and the browser's Content-Type are the uploader's claims; the bytes decide.
            if (FileSignature.Detect(content) is not { } kind)
            {
                errors.Add($"'{name}' is geen {FileSignature.AcceptedInWords}. Alleen die soorten bestanden kun je toevoegen.");
                continue;
            }

            var attachment = new DeclarationAttachment
            {
                DeclarationId = declarationId,
                UploadedById = uploaderId,
                FileName = FileSignature.CleanName(file.FileName, kind),
                ContentType = kind.ContentType,
                SizeBytes = content.Length,
                Content = content,
                UploadedAt = now,
            };
            db.DeclarationAttachments.Add(attachment);
            kept.Add(attachment.Id);
        }

        return errors;
    }

    /// <summary>The uploader's not yet filed files among <paramref name="ids"/> (anything else posted is ignored).</summary>
    public static Task<List<Listed>> PendingAsync(LoketDbContext db, Guid uploaderId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0
            ? Task.FromResult(new List<Listed>())
            : db.DeclarationAttachments.AsNoTracking()
                .Where(a => ids.Contains(a.Id) && a.UploadedById == uploaderId && a.DeclarationId == null)
                .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName)
                .Select(a => new Listed(a.Id, a.FileName, a.ContentType, a.SizeBytes))
                .ToListAsync(cancellationToken);

    /// <summary>Files the kept files with the declaration; ids that are not the uploader's pending files are ignored.</summary>
    public static async Task FileAsync(LoketDbContext db, Guid uploaderId, IReadOnlyCollection<Guid> ids, Guid declarationId, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var pending = await db.DeclarationAttachments
            .Where(a => ids.Contains(a.Id) && a.UploadedById == uploaderId && a.DeclarationId == null)
            .ToListAsync(cancellationToken);
        foreach (var attachment in pending.Take(MaxFiles))
        {
            attachment.DeclarationId = declarationId;
        }
    }

    /// <summary>The files of a filed declaration, without their content.</summary>
    public static Task<List<Listed>> OfAsync(LoketDbContext db, Guid declarationId, CancellationToken cancellationToken = default) =>
        db.DeclarationAttachments.AsNoTracking()
            .Where(a => a.DeclarationId == declarationId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName)
            .Select(a => new Listed(a.Id, a.FileName, a.ContentType, a.SizeBytes))
            .ToListAsync(cancellationToken);

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0} kB",
        _ => $"{bytes} bytes",
    };
}
