using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// Reminds the handlers when a legal clock is due soon and escalates to the gemeentesecretaris when it
/// is overdue: once each, recorded as a <see cref="ClockNotice"/>. The mail says only that a term runs
/// out and links to the dashboard; never a name, a category or a word of the report.
/// Nobody involved in a report is ever mailed about it.
/// </summary>
internal sealed class CaseClockJob(LoketDbContext db, CaseAccess access, JobNotifications notifications, TimeProvider time) : IScheduledJob
{
    public string Name => "meldpunt-termijnen";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await db.Reports.IgnoreQueryFilters().Include(r => r.Handlers).Include(r => r.Involved)
            .Where(r => r.Status != CaseStatus.Closed).ToListAsync(cancellationToken);
        var sent = await db.ClockNotices.IgnoreQueryFilters().Select(n => new { n.ReportId, n.Clock, n.Level }).ToListAsync(cancellationToken);
        foreach (var report in open)
        {
            foreach (var clock in CaseClocks.Running(report, now).Where(c => c.State is ClockState.DueSoon or ClockState.Overdue))
            {
                var level = clock.State.ToString();
                if (sent.Any(s => s.ReportId == report.Id && s.Clock == clock.Kind.ToString() && s.Level == level))
                {
                    continue;
                }

                var recipients = await RecipientsAsync(report, clock.State == ClockState.Overdue, cancellationToken);
                db.ClockNotices.Add(new ClockNotice { TenantId = report.TenantId, ReportId = report.Id, Clock = clock.Kind.ToString(), Level = level, SentAt = now });
                notifications.Queue(recipients.Select(r => Mail(r.Email, r.Name, clock)));
            }
        }

        // Recorded with their mails in one save, then sent (JobNotifications: the order of every job).
        await notifications.CommitAndSendAsync(cancellationToken);
    }

    private async Task<List<(string Email, string Name)>> RecipientsAsync(Report report, bool escalate, CancellationToken cancellationToken)
    {
        var handlerIds = report.Handlers.Select(h => h.UserId).ToList();
        var roles = escalate ? Role.Secretary : Role.IntegrityOfficer;
        var candidates = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.TenantId == report.TenantId && (handlerIds.Contains(m.UserId) || (handlerIds.Count == 0 || escalate) && (m.Roles & roles) != 0) && m.User!.Email != null)
            .Select(m => new { m.UserId, m.User!.Email, m.User.DisplayName }).Distinct().ToListAsync(cancellationToken);
        var involved = report.Involved.Where(i => i.Excludes).Select(i => i.Tag).ToHashSet();
        var result = new List<(string, string)>();
        foreach (var person in candidates)
        {
            if (!(await access.ExcludingTagsAsync(person.UserId, cancellationToken)).Any(involved.Contains))
            {
                result.Add((person.Email!, person.DisplayName));
            }
        }

        return result;
    }

    private static Notification Mail(string email, string name, CaseClock clock) => clock.State == ClockState.Overdue
        ? new(email, name, "Termijn meldpunt verstreken", $"Een wettelijke termijn ({Dutch.Of(clock.Kind).ToLowerInvariant()}) van een dossier bij het meldpunt is verstreken.", "/meldpunt/dossiers")
        : new(email, name, "Termijn meldpunt verloopt binnenkort", $"Een wettelijke termijn ({Dutch.Of(clock.Kind).ToLowerInvariant()}) van een dossier bij het meldpunt verloopt op {Dutch.Date(clock.Due)}.", "/meldpunt/dossiers");
}
