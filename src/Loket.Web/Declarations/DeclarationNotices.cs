using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
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
    public static async Task<IReadOnlyList<Notification>> SubmittedAsync(LoketDbContext db, EmployeeDeclaration declaration, CancellationToken cancellationToken = default)
    {
        const string subject = "Er is een opgave voor je om over te beslissen";
        var link = $"/meldingen/{declaration.Id}";
        if (declaration.DeciderId is { } decider)
        {
            var person = await db.Employees.IgnoreQueryFilters().Where(e => e.Id == decider && e.Email != null)
                .Select(e => new { e.Email, e.Name }).FirstOrDefaultAsync(cancellationToken);
            return person is null ? [] : [new Notification(person.Email!, person.Name, subject, "Er is een opgave voor je om over te beslissen.", link)];
        }

        return await OfficersAsync(db, declaration, subject, link, cancellationToken);
    }

    public static async Task<IReadOnlyList<Notification>> DecidedAsync(LoketDbContext db, EmployeeDeclaration declaration, CancellationToken cancellationToken = default)
    {
        var employee = await db.Employees.IgnoreQueryFilters().Where(e => e.Id == declaration.EmployeeId && e.Email != null)
            .Select(e => new { e.Email, e.Name }).FirstOrDefaultAsync(cancellationToken);
        return employee is null ? []
            : [new Notification(employee.Email!, employee.Name, "Er is een besluit over je opgave", "Er is een besluit genomen over een opgave van je.", $"/meldingen/{declaration.Id}")];
    }

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
