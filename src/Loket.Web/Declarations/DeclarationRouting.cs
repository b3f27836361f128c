using Loket.Web.Infrastructure.Database;

namespace Loket.Web.Declarations;

/// <summary>
/// The one walk up the management line. Who decides on a declaration: the employee's manager; the
/// manager's active substitute while the manager is away; one level up whenever that person is the
/// employee, a declared relation (<see cref="People.Relatedness"/>), or involved by the employee's own
/// statement. Who is next when a decision waits too long (<see cref="NextUpAsync"/>): the same walk,
/// starting above the current decider. Nobody in the line → the integrity officers.
/// </summary>
public static class DeclarationRouting
{
    /// <param name="Who">Who decides, as the verdict names them to the employee ("je leidinggevende").</param>
    public sealed record Route(Guid? DeciderId, string Note, string Who);

    public const string Officer = "de integriteitscoördinator";

    private static readonly Route Officers = new(null, "integriteitscoördinator: niemand in de lijn kan onafhankelijk beslissen", Officer);

    /// <summary>
    /// One level of the line above a person, seen from the declarant: the person's manager, that
    /// manager's substitute on the day if the manager is away, and whether either is a declared
    /// relation of the declarant. Read by <see cref="Declarant"/>.
    /// </summary>
    public sealed record Level(Guid PersonId, Guid? ManagerId, Guid? Substitute, bool ManagerIsRelation, bool SubstituteIsRelation);

    /// <summary>Who decides on a declaration submitted on the declarant's day.</summary>
    public static Task<Route> RouteAsync(LoketDbContext db, Declarant declarant, bool managerInvolved, CancellationToken cancellationToken = default)
    {
        var level = declarant.Above ?? throw new InvalidOperationException("Routing starts from a declarant read by Declarant.LoadAsync.");
        return WalkAsync(db, declarant, level, managerInvolved, [level.PersonId], cancellationToken);
    }

    /// <summary>
    /// Escalation: the first independent person above <paramref name="decider"/> on the declarant's day,
    /// with substitutes as in routing; never the employee, a relation or the decider again.
    /// </summary>
    public static async Task<Route> NextUpAsync(LoketDbContext db, Declarant declarant, Guid decider, CancellationToken cancellationToken = default)
    {
        var employeeId = (declarant.Above ?? throw new InvalidOperationException("Escalation starts from a declarant read by Declarant.LoadAsync.")).PersonId;
        var level = await Declarant.LevelAboveAsync(db, decider, declarant, cancellationToken);
        return level is null ? Officers : await WalkAsync(db, declarant, level, managerInvolved: false, [employeeId, decider], cancellationToken);
    }

    // Passed: the employee (and, escalating, the current decider): never chosen, and the walk stops
    // when the line loops back to one of them.
    private static async Task<Route> WalkAsync(LoketDbContext db, Declarant declarant, Level? level, bool managerInvolved, HashSet<Guid> passed, CancellationToken cancellationToken)
    {
        var employeeId = declarant.Above!.PersonId;
        var skipped = new List<string>();
        var firstLevel = level?.PersonId == employeeId;
        var skipNext = managerInvolved;
        while (level?.ManagerId is { } manager && passed.Add(manager))
        {
            var substitute = level.Substitute;
            var candidate = substitute ?? manager;
            var role = substitute is null ? "de leidinggevende" : "de vervanger";
            if (skipNext)
            {
                skipped.Add("de leidinggevende zelf betrokken is");
            }
            else if (candidate == employeeId)
            {
                skipped.Add($"{role} de medewerker zelf is");
            }
            else if (passed.Contains(candidate) && candidate != manager)
            {
                skipped.Add($"{role} er al over beslist");
            }
            else if (substitute is null ? level.ManagerIsRelation : level.SubstituteIsRelation)
            {
                skipped.Add($"{role} een relatie heeft met de medewerker");
            }
            else
            {
                var note = substitute is null ? "leidinggevende" : "vervanger van de afwezige leidinggevende";
                var who = !firstLevel ? "de leidinggevende een niveau hoger"
                    : substitute is null ? "je leidinggevende" : "de vervanger van je leidinggevende";
                return new Route(candidate, skipped.Count == 0 ? note : $"{note}, een niveau hoger omdat {string.Join(" en ", skipped)}", who);
            }

            firstLevel = false;
            skipNext = false;
            level = await Declarant.LevelAboveAsync(db, manager, declarant, cancellationToken);
        }

        return Officers;
    }
}
