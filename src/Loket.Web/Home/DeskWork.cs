using Loket.Web.Confidants;
using Loket.Web.Identity;
using Loket.Web.Meldpunt.Case;
using Loket.Web.People.Manage;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>The secretary's escalations, the confidant's running contacts, HR's incomplete records.</summary>
internal static class DeskWork
{
    /// <summary>The gemeentesecretaris is escalated every clock that passed (CaseClockJob); these are they.</summary>
    public static async Task<WorkSection> SecretaryAsync(Seen seen, CaseAccess access, CancellationToken cancellationToken)
    {
        var overdue = await ClocksDue.OfAsync(await OfficerWork.VisibleHereAsync(seen, access, cancellationToken), seen.Now, ClocksDue.Overdue, cancellationToken);
        return new WorkSection(Role.Secretary, "Gemeentesecretaris",
            [new("Verstreken termijnen van het meldpunt (naar jou geëscaleerd)", overdue.Count, $"/meldpunt/dossiers?termijnen={ClocksDue.Overdue}", Urgent: true)], []);
    }

    public static async Task<WorkSection> ConfidantAsync(Seen seen, CancellationToken cancellationToken) =>
        new(Role.Confidant, "Vertrouwenspersoon",
            [new("Jouw lopende contacten", await OpenContacts.Of(seen.Db.ConfidantContacts, seen.UserId).CountAsync(cancellationToken), "/vertrouwenspersoon/contacten?lopend=true")],
            [new("Een melding doen namens een medewerker", "/vertrouwenspersoon/melden")]);

    public static async Task<WorkSection> HrAsync(Seen seen, CancellationToken cancellationToken)
    {
        async Task<WorkItem> CountAsync(string missing, string text) =>
            new(text, await MissingFacts.Of(seen.Db.Employees, missing, seen.Today).CountAsync(cancellationToken), $"/beheer/medewerkers?zonder={missing}");

        return new WorkSection(Role.HrAdviser, "HR-adviseur",
            [await CountAsync(MissingFacts.Manager, "Medewerkers zonder leidinggevende"), await CountAsync(MissingFacts.Function, "Medewerkers zonder functie")],
            [new("Medewerkers importeren", "/beheer/import")]);
    }
}
