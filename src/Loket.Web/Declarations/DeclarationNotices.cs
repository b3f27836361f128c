using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// The mails that say something arrived or was decided, at the moment it happens: to whoever must decide
/// (the manager, the substitute, one level up, as routing chose: never the employee or a relation), or
/// to the integrity officers when nobody in the line can; to the employee when it is decided. Like the
/// reminders, a notice says only that there is something, with a link: no name, no subject, no decision.
/// The page queues them with its change (<see cref="Infrastructure.Jobs.JobNotifications"/>) and hands
/// them to the notice sender after its save.
/// </summary>
public static class DeclarationNotices
{
    /// <summary>Queues the notice of a new declaration with the caller's save; addressed when sent, so the request spends no query on the decider's address.</summary>
    public static async Task QueueSubmittedAsync(LoketDbContext db, JobNotifications notices, EmployeeDeclaration declaration, CancellationToken cancellationToken = default)
    {
        const string subject = "Er is een opgave voor je om over te beslissen";
        var link = $"/meldingen/{declaration.Id}";
        if (declaration.DeciderId is { } decider)
        {
            notices.QueueFor(decider, subject, "Er is een opgave voor je om over te beslissen.", link);
            return;
        }

        notices.Queue(await OfficersAsync(db, declaration, subject, link, cancellationToken));
    }

    public static void QueueDecided(JobNotifications notices, EmployeeDeclaration declaration) =>
        notices.QueueFor(declaration.EmployeeId, "Er is een besluit over je opgave", "Er is een besluit genomen over een opgave van je.", $"/meldingen/{declaration.Id}");

    // The officers' queue: every officer of the municipality except the employee and the employee's relations.
    private static async Task<IReadOnlyList<Notification>> OfficersAsync(LoketDbContext db, EmployeeDeclaration declaration, string subject, string link, CancellationToken cancellationToken)
    {
        var excluded = await People.Relatedness.WithRelationsAsync(People.Relatedness.In(db, declaration.TenantId), [declaration.EmployeeId], DutchTime.Day(declaration.SubmittedAt), cancellationToken);
        var officers = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.TenantId == declaration.TenantId && (m.Roles & Role.IntegrityOfficer) != 0 && m.User!.Email != null)
            .Select(m => new { m.EmployeeId, m.User!.Email, m.User.DisplayName }).ToListAsync(cancellationToken);
        return [.. officers.Where(o => o.EmployeeId is not { } id || !excluded.Contains(id)).DistinctBy(o => o.Email)
            .Select(o => new Notification(o.Email!, o.DisplayName, subject, "Er is een opgave voor de integriteitscoördinator om over te beslissen.", link))];
    }
}
