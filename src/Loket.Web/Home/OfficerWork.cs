using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Registers;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>
/// The integrity officer: declarations nobody in the line could decide, top officials' side activities
/// to review for the public register, and every clock of the desk due this week in this municipality
/// (of the cases the officer may see: the same exclusion as the dashboard).
/// </summary>
internal static class OfficerWork
{
    public static async Task<WorkSection> ForAsync(Seen seen, CaseAccess access, CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        if (seen.EmployeeId is { } me)
        {
            // As on /beslissen: an account without an employee record decides nothing.
            var queue = DecisionQueue.Waiting(seen.Db.Declarations, me, officer: true, DecisionQueue.Officers);
            items.Add(new("Opgaven waarover niemand in de lijn kan beslissen", await queue.CountAsync(cancellationToken), $"/beslissen?toon={DecisionQueue.Officers}"));
        }

        var sideActivities = DeclarationKinds.Of(DeclarationType.SideActivity).RegisterSlug;
        var toPublish = await new RegisterQuery { ToPublish = true }.ApplyAsync(seen.Db, DeclarationType.SideActivity, seen.Today, cancellationToken);
        items.Add(new("Nevenwerkzaamheden van topfunctionarissen om te beoordelen voor het openbaar register", await toPublish.CountAsync(cancellationToken),
            $"/registers/{sideActivities}?tepubliceren=true"));
        var clocks = await ClocksDue.OfAsync(await VisibleHereAsync(seen, access, cancellationToken), seen.Now, ClocksDue.Week, cancellationToken);
        var overdue = clocks.Count(c => c.Clock.State == ClockState.Overdue);
        items.Add(new("Wettelijke termijnen van het meldpunt die deze week aflopen", clocks.Count, $"/meldpunt/dossiers?termijnen={ClocksDue.Week}",
            overdue > 0 ? $"waarvan {overdue} al verstreken" : null, Urgent: overdue > 0));
        return new WorkSection(Role.IntegrityOfficer, "Integriteitscoördinator", items,
        [
            new("Registers", $"/registers/{sideActivities}"),
            new("Het openbaar register van nevenwerkzaamheden", $"/openbaar/{seen.TenantSlug}/nevenwerkzaamheden"),
        ]);
    }

    /// <summary>The reports of this municipality that the dashboard shows this user.</summary>
    public static async Task<IQueryable<Report>> VisibleHereAsync(Seen seen, CaseAccess access, CancellationToken cancellationToken) =>
        access.Visible([seen.TenantId], await access.ExcludingTagsAsync(seen.UserId, cancellationToken));
}
