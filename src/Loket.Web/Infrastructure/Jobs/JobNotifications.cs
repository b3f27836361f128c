using System.Security.Cryptography;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// The one order for whatever records something and tells someone: queue the mails with the record
/// (<see cref="Queue"/>), commit both in one save, then send. A job sends everything that waits
/// (<see cref="CommitAndSendAsync"/>); a request (a declaration submitted or decided, a report received)
/// saves its own change and hands what it queued to the <see cref="NoticeSender"/> (<see cref="HandOver"/>),
/// which sends it moments later without holding up the answer. A crash before the commit leaves nothing
/// done; a crash or a mail server that is down after it leaves the mails waiting, and every job run sends
/// what waits, so a mail is neither lost nor decided twice. A pass claims its mails before sending them and
/// deletes the ones the server accepted, so two senders (the notice sender and a job, two nodes) never both
/// send one; only a crash between the server's acceptance and the removal can send one again.
/// </summary>
public sealed class JobNotifications(LoketDbContext db, Mailer mailer, TimeProvider time, ILogger<JobNotifications> logger, NoticeSender? sender = null)
{
    /// <summary>Longer than any send takes (MailKit gives up after two minutes).</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>Mails sent over one connection and removed in one statement; the notice sender's passes are as large.</summary>
    internal const int MostPerPass = 200;

    private readonly List<Guid> queued = [];

    public void Queue(IEnumerable<Notification> notifications)
    {
        var mails = notifications.Select(n => PendingMail.For(n, time.GetUtcNow())).ToList();
        queued.AddRange(mails.Select(m => m.Id));
        db.PendingMails.AddRange(mails);
    }

    /// <summary>A notice to an employee, addressed when it is sent; an employee without an address gets none.</summary>
    public void QueueFor(Guid employeeId, string subject, string text, string linkPath)
    {
        var mail = PendingMail.ForEmployee(employeeId, subject, text, linkPath, time.GetUtcNow());
        queued.Add(mail.Id);
        db.PendingMails.Add(mail);
    }

    public async Task CommitAndSendAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        queued.Clear();
        // Across municipalities: the outbox belongs to no tenant.
        var waiting = await db.PendingMails.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var pass in waiting.Chunk(MostPerPass))
        {
            if (!await SendAsync(pass, cancellationToken))
            {
                return; // the server is likely down; the rest waits for the next run
            }
        }
    }

    /// <summary>
    /// After the caller's own save: hands the mails this scope queued to the notice sender (what is not
    /// committed is not found). Where no sender runs (the command line), they wait for the next job run.
    /// </summary>
    public void HandOver()
    {
        sender?.HandOver([.. queued]);
        queued.Clear();
    }

    /// <summary>One pass over these mails: claim, send over one connection, remove what went. False when the mail server failed.</summary>
    internal async Task<bool> SendAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return true;
        }

        var now = time.GetUtcNow();
        var claim = ClaimMark(now);
        var claimed = await db.PendingMails.Where(m => ids.Contains(m.Id) && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, claim), cancellationToken);
        if (claimed == 0)
        {
            return true; // sent already, or another sender has them now
        }

        var mails = await db.PendingMails.Where(m => ids.Contains(m.Id) && m.ClaimedUntil == claim).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var employees = mails.Where(m => m.ToEmployeeId is not null).Select(m => m.ToEmployeeId!.Value).Distinct().ToList();
        var addresses = employees.Count == 0 ? [] : await db.Employees.IgnoreQueryFilters().Where(e => employees.Contains(e.Id) && e.Email != null)
            .ToDictionaryAsync(e => e.Id, e => (Address: e.Email!, e.Name), cancellationToken);
        var sent = new HashSet<Notification>(ReferenceEqualityComparer.Instance);
        var notifications = new Dictionary<PendingMail, Notification>();
        var unaddressed = new List<PendingMail>();
        foreach (var mail in mails)
        {
            if (mail.ToEmployeeId is not { } employee)
            {
                notifications[mail] = mail.AsNotification();
            }
            else if (addresses.TryGetValue(employee, out var to))
            {
                notifications[mail] = mail.AsNotification(to.Address, to.Name);
            }
            else
            {
                unaddressed.Add(mail); // nobody to tell: done, like a notice never queued
            }
        }

        var failed = false;
        try
        {
            // Without a mail server configured the mailer logs and drops them, as any mail of the product.
            await mailer.SendAsync(notifications.Values, n => sent.Add(n), cancellationToken);
            sent.UnionWith(notifications.Values);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged without address or text; the rest waits too, the server is likely down.
            logger.LogWarning(ex, "Sending notifications failed ({Sent} of {Count} went); the rest is retried at the next job run", sent.Count, mails.Count);
            failed = true;
            // Let go at once: the next job run tries again, whatever the clock says.
            var unsent = notifications.Where(n => !sent.Contains(n.Value)).Select(n => n.Key.Id).ToList();
            await db.PendingMails.Where(m => unsent.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAttempts, m => m.FailedAttempts + 1).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        }

        // One statement for the whole pass. The trail already holds each mail's creation, in the save of the change
        // it tells of; an entry per removal doubled the cost of every notice and told an auditor nothing more.
        var gone = notifications.Where(n => sent.Contains(n.Value)).Select(n => n.Key.Id).Concat(unaddressed.Select(m => m.Id)).ToList();
        await db.PendingMails.Where(m => gone.Contains(m.Id) && m.ClaimedUntil == claim).ExecuteDeleteAsync(cancellationToken);
        return !failed;
    }

    /// <summary>
    /// The claim's expiry, made unique to this pass by a random number of microseconds (the finest both
    /// databases store), so the pass reads back exactly the mails it claimed, with no column of its own.
    /// </summary>
    private static DateTimeOffset ClaimMark(DateTimeOffset now)
    {
        var until = (now + ClaimFor).UtcTicks;
        return new DateTimeOffset(until - (until % 10) + (RandomNumberGenerator.GetInt32(1_000_000) * 10L), TimeSpan.Zero);
    }
}
