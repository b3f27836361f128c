using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// Files uploaded with a form that was never submitted are kept for a day (the employee may come back
/// to a failed submission), then deleted: nobody else can see them and they serve no register.
/// </summary>
public sealed class AbandonedAttachmentsJob(LoketDbContext db, TimeProvider time) : IScheduledJob
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public string Name => "declarations-abandoned-attachments";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - KeptFor;
        // Across municipalities (a job has no tenant); ids only, the content is not worth loading to delete it.
        var abandoned = await db.DeclarationAttachments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.DeclarationId == null && a.UploadedAt < before)
            .Select(a => new { a.Id, a.TenantId })
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var row in abandoned)
        {
            // A key-only stand-in: deleting needs the key; the audit trail records the deletion.
            db.DeclarationAttachments.Remove(new DeclarationAttachment { Id = row.Id, TenantId = row.TenantId, FileName = string.Empty, ContentType = string.Empty, Content = [] });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
