using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// The one order for whatever records something and tells someone: queue the mails with the record
/// (<see cref="Queue"/>), commit both in one save, then send. A job sends everything that waits
/// (<see cref="CommitAndSendAsync"/>); a request (a declaration submitted or decided, a report received)
/// saves its own change and then sends just what it queued (<see cref="SendQueuedAsync"/>). A crash before
/// the commit leaves nothing done; a crash or a mail server that is down after it leaves the mails
/// waiting, and every job run sends what waits, so a mail is neither lost nor decided twice. Each mail is
/// claimed before it is sent and removed once sent, so two senders (a request and a job, two nodes)
/// never both send it; only a crash between the server's acceptance and the removal can send one again.
/// </summary>
public sealed class JobNotifications(LoketDbContext db, Mailer mailer, TimeProvider time, ILogger<JobNotifications> logger)
{
    /// <summary>Longer than any send takes (MailKit gives up after two minutes).</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private readonly List<Guid> queued = [];

    public void Queue(IEnumerable<Notification> notifications)
    {
        var mails = notifications.Select(n => PendingMail.For(n, time.GetUtcNow())).ToList();
        queued.AddRange(mails.Select(m => m.Id));
        db.PendingMails.AddRange(mails);
    }

    public async Task CommitAndSendAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        // Across municipalities: the outbox belongs to no tenant.
        await SendAsync(await db.PendingMails.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>After the caller's own save: sends the mails this scope queued (what is not committed is not found).</summary>
    public async Task SendQueuedAsync(CancellationToken cancellationToken = default)
    {
        var ids = queued.ToList();
        queued.Clear();
        await SendAsync(ids, cancellationToken);
    }

    private async Task SendAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            var now = time.GetUtcNow();
            var until = now + ClaimFor;
            var claimed = await db.PendingMails.Where(m => m.Id == id && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
            if (claimed == 0)
            {
                continue; // sent already, or another sender has it now
            }

            var mail = await db.PendingMails.FirstAsync(m => m.Id == id, cancellationToken);
            try
            {
                // Without a mail server configured the mailer logs and drops it, as any mail of the product.
                await mailer.SendAsync([mail.AsNotification()], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged without address or text; the rest waits too, the server is likely down.
                logger.LogWarning(ex, "Sending a notification failed (attempt {Attempt}); it is retried at the next job run", mail.FailedAttempts + 1);
                // Let go at once: the next job run tries again, whatever the clock says.
                await db.PendingMails.Where(m => m.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAttempts, m => m.FailedAttempts + 1).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
                return;
            }

            // Removed through the context, so the audit trail records that it went.
            db.PendingMails.Remove(mail);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
