using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// Who decides on a declaration: the employee's manager; the manager's active substitute while the
/// manager is away; one level up whenever that person is the employee, a declared relation, or
/// involved by the employee's own statement. Nobody in the line → the integrity officers.
/// </summary>
public static class DeclarationRouting
{
    public sealed record Route(Guid? DeciderId, string Note);

    public static async Task<Route> RouteAsync(LoketDbContext db, Guid employeeId, bool managerInvolved, DateOnly day, CancellationToken cancellationToken = default)
    {
        var relations = await db.Relations
            .Where(r => r.EmployeeId == employeeId || r.RelatedEmployeeId == employeeId)
            .Select(r => r.EmployeeId == employeeId ? r.RelatedEmployeeId : r.EmployeeId)
            .ToListAsync(cancellationToken);
        var managerId = await ManagerOfAsync(db, employeeId, cancellationToken);
        var skipped = new List<string>();
        var visited = new HashSet<Guid> { employeeId };
        var first = true;
        while (managerId is { } manager && visited.Add(manager))
        {
            var substitute = await db.Substitutions
                .Where(s => s.ManagerId == manager && s.From <= day && s.Until >= day)
                .Select(s => (Guid?)s.SubstituteId).FirstOrDefaultAsync(cancellationToken);
            var candidate = substitute ?? manager;
            if (first && managerInvolved)
            {
                skipped.Add("de leidinggevende is zelf betrokken");
            }
            else if (candidate == employeeId)
            {
                skipped.Add(substitute is null ? "de leidinggevende is de melder zelf" : "de vervanger is de melder zelf");
            }
            else if (relations.Contains(candidate))
            {
                skipped.Add(substitute is null ? "de leidinggevende heeft een relatie met de melder" : "de vervanger heeft een relatie met de melder");
            }
            else
            {
                var note = substitute is null ? "leidinggevende" : "vervanger van de afwezige leidinggevende";
                return new Route(candidate, skipped.Count == 0 ? note : $"{note}, een niveau hoger omdat {string.Join(" en ", skipped)}");
            }

            first = false;
            managerId = await ManagerOfAsync(db, manager, cancellationToken);
        }

        return new Route(null, "integriteitscoördinator: niemand in de lijn kan onafhankelijk beslissen");
    }

    private static Task<Guid?> ManagerOfAsync(LoketDbContext db, Guid employeeId, CancellationToken cancellationToken) =>
        db.Employees.Where(e => e.Id == employeeId).Select(e => e.ManagerId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when a and b are declared relations of each other.</summary>
    public static Task<bool> AreRelatedAsync(LoketDbContext db, Guid a, Guid b, CancellationToken cancellationToken = default) =>
        db.Relations.AnyAsync(r => (r.EmployeeId == a && r.RelatedEmployeeId == b) || (r.EmployeeId == b && r.RelatedEmployeeId == a), cancellationToken);
}
