using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// The one order for a job that records something and tells someone: queue the mails with the record
/// (<see cref="Queue"/>), commit both in one save, then send what waits (<see cref="CommitAndSendAsync"/>).
/// A crash before the commit leaves nothing done and the next run decides again; a crash or a mail
/// server that is down after it leaves the mails waiting, and every run sends what waits, so a
/// mail is neither lost nor decided twice. Each sent mail is removed at once, so only a crash in the
/// moment between the server's acceptance and that removal can send one again.
/// </summary>
public sealed class JobNotifications(LoketDbContext db, Mailer mailer, TimeProvider time, ILogger<JobNotifications> logger)
{
    public void Queue(IEnumerable<Notification> notifications) =>
        db.PendingMails.AddRange(notifications.Select(n => PendingMail.For(n, time.GetUtcNow())));

    public async Task CommitAndSendAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await SendWaitingAsync(cancellationToken);
    }

    private async Task SendWaitingAsync(CancellationToken cancellationToken)
    {
        // Across municipalities: the outbox belongs to no tenant.
        foreach (var mail in await db.PendingMails.OrderBy(m => m.Id).ToListAsync(cancellationToken))
        {
            try
            {
                // Without a mail server configured the mailer logs and drops it, as any mail of the product.
                await mailer.SendAsync([mail.AsNotification()], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged without address or text; the rest waits too, the server is likely down.
                logger.LogWarning(ex, "Sending a job's mail failed (attempt {Attempt}); it is retried at the next run", mail.FailedAttempts + 1);
                mail.Failed();
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            db.PendingMails.Remove(mail);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
