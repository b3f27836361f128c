using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// The declarations waiting for one person's decision, and the parts of that queue the home page counts
/// (<c>/beslissen?toon=…</c>): one definition, so a count and the list it links to always agree.
/// Never the person's own declaration.
/// </summary>
public static class DecisionQueue
{
    /// <summary>Routed to me, by any route.</summary>
    public const string Mine = "mij";

    /// <summary>Routed to me though I am not the employee's manager: as substitute, or one level up.</summary>
    public const string StandingIn = "vervanging";

    /// <summary>Sent on to me because the first decider let it wait too long.</summary>
    public const string Escalated = "doorgezet";

    /// <summary>Nobody in the line could decide: the integrity officers' queue.</summary>
    public const string Officers = "coordinator";

    /// <summary>Without a part (or an unknown one): everything I may decide, as the page always showed.</summary>
    public static IQueryable<EmployeeDeclaration> Waiting(IQueryable<EmployeeDeclaration> declarations, Guid me, bool officer, string? part)
    {
        var waiting = declarations.Where(d => d.Status == DeclarationStatus.Submitted && d.EmployeeId != me);
        return part switch
        {
            Mine => waiting.Where(d => d.DeciderId == me),
            StandingIn => waiting.Where(d => d.DeciderId == me && d.Employee!.ManagerId != me),
            Escalated => waiting.Where(d => d.DeciderId == me && d.EscalatedAt != null),
            Officers => officer ? waiting.Where(d => d.DeciderId == null) : waiting.Where(d => false),
            _ => waiting.Where(d => d.DeciderId == me || (officer && d.DeciderId == null)),
        };
    }

    /// <summary>What a part is called above its list.</summary>
    public static string? Title(string? part) => part switch
    {
        Mine => "aan jou toegewezen",
        StandingIn => "als vervanger of een niveau hoger",
        Escalated => "naar jou doorgezet omdat ze te lang wachtten",
        Officers => "voor de integriteitscoördinator",
        _ => null,
    };

    /// <summary>The oldest waiting one's submission, for the home page's "waits since".</summary>
    public static Task<DateTimeOffset?> OldestAsync(IQueryable<EmployeeDeclaration> waiting, CancellationToken cancellationToken = default) =>
        waiting.OrderBy(d => d.SubmittedAt).Select(d => (DateTimeOffset?)d.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
}
