using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>
/// Beslissen: the declarations routed to me and how long the oldest waits, with those I decide as
/// substitute or one level up, and those escalated to me. Shown to a manager, and to anyone who stands
/// in for one and has something waiting.
/// </summary>
internal static class ManagerWork
{
    public static async Task<WorkSection?> ForAsync(Seen seen, bool manager, CancellationToken cancellationToken)
    {
        if (seen.EmployeeId is not { } me)
        {
            return null;
        }

        IQueryable<EmployeeDeclaration> Part(string part) => DecisionQueue.Waiting(seen.Db.Declarations, me, seen.Officer, part);
        var mine = await Part(DecisionQueue.Mine).CountAsync(cancellationToken);
        if (mine == 0 && !manager)
        {
            return null;
        }

        var oldest = await DecisionQueue.OldestAsync(Part(DecisionQueue.Mine), cancellationToken);
        var age = oldest is { } since
            ? $"de oudste wacht sinds {DutchTime.Date(since)} ({DutchWorkingDays.Between(DutchTime.Day(since), seen.Today)} werkdagen)"
            : null;
        var items = new List<WorkItem> { new("Opgaven om over te beslissen", mine, $"/beslissen?toon={DecisionQueue.Mine}", age) };
        var standingIn = await Part(DecisionQueue.StandingIn).CountAsync(cancellationToken);
        if (standingIn > 0)
        {
            items.Add(new("waarvan als vervanger of een niveau hoger", standingIn, $"/beslissen?toon={DecisionQueue.StandingIn}"));
        }

        var escalated = await Part(DecisionQueue.Escalated).CountAsync(cancellationToken);
        if (escalated > 0)
        {
            items.Add(new("waarvan naar jou doorgezet omdat ze te lang wachtten", escalated, $"/beslissen?toon={DecisionQueue.Escalated}", Urgent: true));
        }

        return new WorkSection(Role.Manager, "Beslissen", items, manager ? [new("Mijn team en vervanging", "/team")] : []);
    }
}
