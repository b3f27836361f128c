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
    /// <param name="Who">Who decides, as the verdict names them to the employee ("je leidinggevende").</param>
    public sealed record Route(Guid? DeciderId, string Note, string Who);

    public const string Officer = "de integriteitscoördinator";

    /// <summary>
    /// One level of the line above a person, seen from the declarant: the person's manager, that
    /// manager's substitute on the day if the manager is away, and whether either is a declared
    /// relation of the declarant. Read by <see cref="Declarant"/>.
    /// </summary>
    public sealed record Level(Guid PersonId, Guid? ManagerId, Guid? Substitute, bool ManagerIsRelation, bool SubstituteIsRelation);

    public static async Task<Route> RouteAsync(LoketDbContext db, Declarant declarant, bool managerInvolved, CancellationToken cancellationToken = default)
    {
        var level = declarant.Above ?? throw new InvalidOperationException("Routing starts from a declarant read by Declarant.LoadAsync.");
        var employeeId = level.PersonId;
        var skipped = new List<string>();
        var visited = new HashSet<Guid> { employeeId };
        var firstLevel = true;
        while (level?.ManagerId is { } manager && visited.Add(manager))
        {
            var substitute = level.Substitute;
            var candidate = substitute ?? manager;
            if (firstLevel && managerInvolved)
            {
                skipped.Add("de leidinggevende zelf betrokken is");
            }
            else if (candidate == employeeId)
            {
                skipped.Add(substitute is null ? "de leidinggevende de medewerker zelf is" : "de vervanger de medewerker zelf is");
            }
            else if (substitute is null ? level.ManagerIsRelation : level.SubstituteIsRelation)
            {
                skipped.Add(substitute is null ? "de leidinggevende een relatie heeft met de medewerker" : "de vervanger een relatie heeft met de medewerker");
            }
            else
            {
                var note = substitute is null ? "leidinggevende" : "vervanger van de afwezige leidinggevende";
                var who = !firstLevel ? "de leidinggevende een niveau hoger"
                    : substitute is null ? "je leidinggevende" : "de vervanger van je leidinggevende";
                return new Route(candidate, skipped.Count == 0 ? note : $"{note}, een niveau hoger omdat {string.Join(" en ", skipped)}", who);
            }

            firstLevel = false;
            level = await Declarant.LevelAboveAsync(db, manager, declarant, cancellationToken);
        }

        return new Route(null, "integriteitscoördinator: niemand in de lijn kan onafhankelijk beslissen", Officer);
    }

    /// <summary>True when a and b are declared relations of each other.</summary>
    public static Task<bool> AreRelatedAsync(LoketDbContext db, Guid a, Guid b, CancellationToken cancellationToken = default) =>
        db.Relations.AnyAsync(r => (r.EmployeeId == a && r.RelatedEmployeeId == b) || (r.EmployeeId == b && r.RelatedEmployeeId == a), cancellationToken);
}
