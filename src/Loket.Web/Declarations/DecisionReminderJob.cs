using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// No decision after N working days (the code's decision term, <see cref="Policy.DecisionTerm"/>;
/// 10 when the code names none; weekends and Dutch public holidays do not count, <see cref="DutchWorkingDays"/>): a reminder to the decider; after 2N, escalation to the decider's
/// own manager or that manager's active substitute (the walk of <see cref="DeclarationRouting"/>: never the employee or a relation), or to the integrity officers. The mails say only
/// that something waits, with a link: never the declaration's content. Idempotent: the row records
/// what was decided, the mails wait in the jobs' outbox until sent.
/// </summary>
public sealed class DecisionReminderJob(LoketDbContext db, JobNotifications notifications, TimeProvider time, PolicyEngine engine) : IScheduledJob
{
    public string Name => "declarations-decision-reminders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        // Across municipalities: a job has no tenant of its own.
        var waiting = await db.Declarations.IgnoreQueryFilters().Include(d => d.Decider)
            .Where(d => d.Status == DeclarationStatus.Submitted && d.EscalatedAt == null)
            .ToListAsync(cancellationToken);
        var policies = await db.Tenants.ToDictionaryAsync(t => t.Id, t => t.PolicySlug, cancellationToken);
        var mails = new List<Notification>();
        foreach (var declaration in waiting)
        {
            var submitted = DutchTime.Day(declaration.SubmittedAt);
            var term = engine.DecisionTerm(policies[declaration.TenantId], submitted).WorkingDays;
            var days = DutchWorkingDays.Between(submitted, today);
            if (days >= 2 * term && declaration.ReminderSentAt is not null)
            {
                var next = declaration.DeciderId is { } decider ? await NextUpAsync(declaration, decider, today, cancellationToken) : null;
                declaration.Escalate(next?.Id, now);
                mails.AddRange(next is { Email: { } email }
                    ? [new Notification(email, next.Name, "Een opgave wacht te lang op een besluit", $"Een opgave ligt al {days} werkdagen zonder besluit en is naar jou doorgezet.", $"/meldingen/{declaration.Id}")]
                    : await OfficersAsync(declaration, days, cancellationToken));
            }
            else if (days >= term && declaration.ReminderSentAt is null)
            {
                declaration.MarkReminded(now);
                mails.AddRange(declaration.Decider is { Email: { } email }
                    ? [new Notification(email, declaration.Decider.Name, "Herinnering: een opgave wacht op je besluit", $"Een opgave wacht al {days} werkdagen op je besluit.", $"/meldingen/{declaration.Id}")]
                    : await OfficersAsync(declaration, days, cancellationToken));
            }
        }

        // The record and its mails in one save, then sent (JobNotifications: the order of every job).
        notifications.Queue(mails);
        await notifications.CommitAndSendAsync(cancellationToken);
    }

    // The same walk as routing (substitutes on the day of escalation, never the employee or a relation).
    private async Task<People.Employee?> NextUpAsync(EmployeeDeclaration declaration, Guid decider, DateOnly today, CancellationToken cancellationToken)
    {
        var declarant = await Declarant.LoadAsync(db, declaration.TenantId, declaration.EmployeeId, today, cancellationToken);
        var route = await DeclarationRouting.NextUpAsync(db, declarant, decider, cancellationToken);
        return route.DeciderId is { } next ? await db.Employees.IgnoreQueryFilters().FirstAsync(e => e.Id == next, cancellationToken) : null;
    }

    private async Task<IEnumerable<Notification>> OfficersAsync(EmployeeDeclaration declaration, int days, CancellationToken cancellationToken)
    {
        var officers = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.TenantId == declaration.TenantId && m.EmployeeId != declaration.EmployeeId && m.User!.Email != null)
            .Select(m => new { m.Roles, m.User!.Email, m.User.DisplayName })
            .ToListAsync(cancellationToken);
        return officers.Where(o => o.Roles.HasFlag(Role.IntegrityOfficer)).Select(o =>
            new Notification(o.Email!, o.DisplayName, "Een opgave wacht te lang op een besluit", $"Een opgave ligt al {days} werkdagen zonder besluit.", $"/meldingen/{declaration.Id}"));
    }
}
