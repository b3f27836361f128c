using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>
/// Checklists move by themselves: <see cref="ReminderWorkingDays"/> working days before an item's deadline the
/// person (for what they do themselves) and the municipality's HR advisers are reminded; the day after it, the
/// person's manager and HR hear it is late. Working days skip Dutch public holidays (<see cref="DutchWorkingDays"/>).
/// Each item records its reminder and escalation in the same save as the mails (JobNotifications), so nothing is
/// sent twice; each recipient gets one mail per run, saying only how many items wait, with a link.
/// </summary>
public sealed class OnboardingReminderJob(LoketDbContext db, JobNotifications notifications, TimeProvider time) : IScheduledJob
{
    public const int ReminderWorkingDays = 3;

    public string Name => "onboarding-reminders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        // Across municipalities: a job has no tenant of its own.
        var open = await db.Checklists.IgnoreQueryFilters()
            .Where(c => c.Items.Any(i => i.DoneOn == null && (i.ReminderSentAt == null || i.EscalatedAt == null)))
            .ToListAsync(cancellationToken);
        var ids = open.Select(c => c.EmployeeId).ToList();
        var managers = await db.Employees.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ManagerId, cancellationToken);
        var person = new Dictionary<Guid, int>();
        var manager = new Dictionary<Guid, int>();
        var hrDue = new Dictionary<Guid, int>();
        var hrLate = new Dictionary<Guid, int>();
        foreach (var checklist in open)
        {
            foreach (var item in checklist.Items.Where(i => !i.IsDone))
            {
                if (item.IsOverdueOn(today) && item.EscalatedAt is null)
                {
                    // Late: the manager hears it (HR too); a reminder not sent before is not sent after.
                    item.MarkEscalated(now);
                    item.MarkReminded(item.ReminderSentAt ?? now);
                    if (managers.GetValueOrDefault(checklist.EmployeeId) is { } boss)
                    {
                        Count(manager, boss);
                    }

                    Count(hrLate, checklist.TenantId);
                }
                else if (!item.IsOverdueOn(today) && item.ReminderSentAt is null && today >= DutchWorkingDays.Add(item.DueOn, -ReminderWorkingDays))
                {
                    item.MarkReminded(now);
                    if (item.Kind.ByThePerson())
                    {
                        Count(person, checklist.EmployeeId);
                    }

                    Count(hrDue, checklist.TenantId);
                }
            }
        }

        foreach (var (employee, count) in person)
        {
            notifications.QueueFor(employee, "Herinnering: je start bij de gemeente", $"Er {Items(count)} op je checklist voor je start binnenkort aan de beurt.", "/mijn/indiensttreding");
        }

        foreach (var (boss, count) in manager)
        {
            notifications.QueueFor(boss, "Indiensttreding in je team loopt achter", $"Op de checklist van een nieuwe medewerker in je team {Items(count)} over de uiterste datum. HR weet het ook.", "/team");
        }

        notifications.Queue(await HrAsync(hrDue, "Herinnering: checklists van nieuwe medewerkers", "binnen drie werkdagen aan de beurt", cancellationToken));
        notifications.Queue(await HrAsync(hrLate, "Checklists van nieuwe medewerkers lopen achter", "over de uiterste datum", cancellationToken));
        await notifications.CommitAndSendAsync(cancellationToken);
    }

    private static string Items(int count) => count == 1 ? "staat 1 punt" : $"staan {count} punten";

    private static void Count(Dictionary<Guid, int> counts, Guid key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private async Task<IEnumerable<Notification>> HrAsync(Dictionary<Guid, int> perTenant, string subject, string state, CancellationToken cancellationToken)
    {
        if (perTenant.Count == 0)
        {
            return [];
        }

        var tenants = perTenant.Keys.ToList();
        var advisers = await db.Memberships.IgnoreQueryFilters()
            .Where(m => tenants.Contains(m.TenantId) && m.User!.Email != null)
            .Select(m => new { m.TenantId, m.Roles, m.User!.Email, m.User.DisplayName })
            .ToListAsync(cancellationToken);
        return advisers.Where(a => a.Roles.HasFlag(Role.HrAdviser)).Select(a =>
            new Notification(a.Email!, a.DisplayName, subject, $"Er {Items(perTenant[a.TenantId])} op checklists van nieuwe medewerkers {state}.", "/indiensttreding"));
    }
}
