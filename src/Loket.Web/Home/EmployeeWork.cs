using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>The employee's own declarations: waiting, to answer, to declare again; and the public register when they are on it.</summary>
internal static class EmployeeWork
{
    public static async Task<WorkSection?> ForAsync(Seen seen, CancellationToken cancellationToken)
    {
        if (seen.EmployeeId is not { } me)
        {
            return null;
        }

        async Task<WorkItem> CountAsync(string part, string text, bool urgent = false) => new(text,
            await OwnDeclarations.Of(seen.Db.Declarations, me, part, seen.Now, seen.Today).CountAsync(cancellationToken), $"/meldingen?toon={part}", Urgent: urgent);

        var items = new List<WorkItem>
        {
            await CountAsync(OwnDeclarations.Open, "Opgaven die wachten op een besluit"),
            await CountAsync(OwnDeclarations.Respond, "Besluiten met voorwaarden om op te reageren"),
            await CountAsync(OwnDeclarations.Review, "Nevenwerkzaamheden om opnieuw op te geven (jaarlijkse herbeoordeling)", urgent: true),
        };
        var links = new List<WorkLink> { new("Alle opgaven en een nieuwe opgave", "/meldingen"), new("Jaarlijkse check van je opgaven", "/mijn/jaarlijkse-check") };
        // A new person: what their start asks of them (Onboarding), counted where they do it.
        if (await seen.Db.Checklists.Where(c => c.EmployeeId == me).Select(c => c.Items.Count(i => i.DoneOn == null)).FirstOrDefaultAsync(cancellationToken) is > 0 and var open)
        {
            items.Insert(0, new WorkItem("Nog open op je checklist voor je start", open, "/mijn/indiensttreding", Urgent: true));
        }
        // A top official whose side activity the officer published sees the register the public sees.
        if (await seen.Db.Declarations.AnyAsync(d => d.EmployeeId == me && d.Type == DeclarationType.SideActivity && d.PublishedAt != null, cancellationToken))
        {
            links.Add(new("Het openbaar register van nevenwerkzaamheden, waarop jij staat", $"/openbaar/{seen.TenantSlug}/nevenwerkzaamheden"));
        }

        return new WorkSection(Role.Employee, "Jouw opgaven", items, links);
    }
}
