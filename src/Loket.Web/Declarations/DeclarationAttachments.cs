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
            if (kept.Count >= MaxFiles)
            {
                errors.Add($"'{FileSignature.Readable(file.FileName)}' is niet toegevoegd: een opgave heeft hoogstens {MaxFiles} bijlagen.");
                continue;
            }

            var (checkedFile, error) = await UploadCheck.ReadAsync(file, MaxFileBytes, FileSignature.ForDeclarations, cancellationToken);
            if (checkedFile is null)
            {
                errors.Add(error!);
                continue;
            }

            var attachment = new DeclarationAttachment
            {
                DeclarationId = declarationId,
                UploadedById = uploaderId,
                FileName = checkedFile.Name,
                ContentType = checkedFile.Kind.ContentType,
                SizeBytes = checkedFile.Content.Length,
                Content = checkedFile.Content,
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

    public static string Size(long bytes) => UploadCheck.Size(bytes);
}
