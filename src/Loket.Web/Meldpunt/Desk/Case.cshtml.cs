using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// One case. Someone involved gets 404; someone not assigned sees only that the case exists and can
/// take it on or open it with a reason; handlers read it (each read audited) and move it on.
/// Each step is the report's own method; a refusal is shown, never thrown.
/// </summary>
[Authorize(Policy = MeldpuntServices.CaseWork)]
public sealed partial class CaseModel(LoketDbContext db, TenantContext tenant, CaseAccess access, HandlerCandidates candidates, CaseCrypto crypto, TimeProvider time) : PageModel
{
    public sealed record Line(Guid Id, EntryKind Kind, DateTimeOffset At, string Author, string Text, string? FileName, bool IsFeedback, DateTimeOffset? ConfirmedAt);

    /// <summary>One person the case keeps out (their tags as a group), in the words sealed at intake.</summary>
    public sealed record ExcludedPerson(Guid Group, string Note, bool Possible, bool? Meant, bool Inherited);

    [FromRoute]
    public Guid Id { get; set; }

    public Report Report { get; private set; } = null!;

    public bool MayRead { get; private set; }

    public string? Text { get; private set; }

    public string? Involved { get; private set; }

    public string? Identity { get; private set; }

    public List<ExcludedPerson> ExcludedPeople { get; private set; } = [];

    /// <summary>The case this one is linked to, if this user may see it; a link to a case they may not see is never shown.</summary>
    public bool RelatedVisible { get; private set; }

    public bool HasIdentity { get; private set; }

    public List<Line> Lines { get; private set; } = [];

    public List<string> HandlerNames { get; private set; } = [];

    public IReadOnlyList<CaseClock> Clocks { get; private set; } = [];

    public Procedures.Procedure Procedure { get; private set; } = null!;

    public bool MayDecide => Report.MayDecide(Roles, Procedure) is null;

    public bool IsOfficer => (Roles & Role.IntegrityOfficer) != 0;

    /// <summary>Who may open the content with a reason (the report's own rule, <see cref="Report.MayAskAccess"/>).</summary>
    public bool MayAskAccess => Report.MayAskAccess(Roles, Procedure);

    /// <summary>Integrity officers of this municipality this user may assign: not involved, not yet handling it, not oneself.</summary>
    public List<(Guid Id, string Name)> Assignable { get; private set; } = [];

    /// <summary>The one the code names to hear a complaint may decide on an investigation after all ('s-Hertogenbosch 10.2).</summary>
    public bool MayDecideAfterComplaint => Report.MayDecideAfterComplaint(Roles, Procedure) is null && Report.ReviewRequestedAt is not null && Report.Investigate == false;

    [TempData]
    public string? Message { get; set; }

    private Guid UserId => LoketClaims.UserIdOf(User)!.Value;

    /// <summary>The roles of this membership, as the claims transformation added them for this request.</summary>
    private Role Roles => User.FindAll(LoketClaims.Role)
        .Aggregate(Role.None, (all, c) => Enum.TryParse<Role>(c.Value, out var role) ? all | role : all);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await db.SaveChangesAsync();
        return Page();
    }

    public Task<IActionResult> OnPostTakeAsync(string? reason) => ActAsync(needsRead: false, () =>
        Refused(Report.Take(UserId, Roles, reason, time.GetUtcNow()), "reason") ? null : "Je behandelt dit dossier nu; je reden is vastgelegd.");

    /// <summary>The coordinator's assignment: another integrity officer of this municipality who is not involved.</summary>
    public Task<IActionResult> OnPostAssignAsync(Guid? handler) => ActAsync(needsRead: false, () =>
    {
        var chosen = handler ?? Guid.Empty;
        return Refused(Report.Assign(chosen, UserId, [.. Assignable.Select(a => a.Id)], time.GetUtcNow()), "handler")
            ? null : $"{Assignable.First(a => a.Id == chosen).Name} behandelt dit dossier nu.";
    });

    public Task<IActionResult> OnPostGrantAsync(string? reason) => ActAsync(needsRead: false, () =>
    {
        var grant = Report.GrantAccess(UserId, Roles, Procedure, reason, time.GetUtcNow());
        if (Refused(grant.Refusal, "reason"))
        {
            return null;
        }

        db.AccessGrants.Add(grant.Value!);
        return "Je hebt toegang tot dit dossier; je reden is vastgelegd.";
    });

    public Task<IActionResult> OnPostAcknowledgeAsync() => ActAsync(needsRead: true, () =>
    {
        var now = time.GetUtcNow();
        if (Refused(Report.Acknowledge(now)))
        {
            return null;
        }

        db.CaseEntries.Add(crypto.NewEntry(Report, EntryKind.MessageToReporter, ReportIntake.Acknowledgement(now), now, UserId));
        return "De ontvangst is bevestigd; de melder ziet het bericht in de inbox.";
    });

    public Task<IActionResult> OnPostReplyAsync(string? reply, bool feedback) => ActAsync(needsRead: true, () =>
    {
        if (!Required(reply, "reply", "Schrijf een bericht.") || (feedback && Refused(Report.RecordFeedback(time.GetUtcNow()))))
        {
            return null;
        }

        var entry = crypto.NewEntry(Report, EntryKind.MessageToReporter, reply!.Trim(), time.GetUtcNow(), UserId);
        entry.IsFeedback = feedback;
        db.CaseEntries.Add(entry);
        return feedback ? "De terugkoppeling is verstuurd." : "Het bericht is verstuurd.";
    });

    public Task<IActionResult> OnPostNoteAsync(string? note, EntryKind kind) => ActAsync(needsRead: true, () =>
    {
        if (!Required(note, "note", "Schrijf de notitie of het gespreksverslag."))
        {
            return null;
        }

        db.CaseEntries.Add(crypto.NewEntry(Report, kind == EntryKind.Interview ? EntryKind.Interview : EntryKind.Note, note!.Trim(), time.GetUtcNow(), UserId));
        return "Vastgelegd in het dossier.";
    });

    public Task<IActionResult> OnPostIntakeAsync() => ActAsync(needsRead: true, () =>
        Refused(Report.StartIntake()) ? null : "Het vooronderzoek is gestart.");

    public Task<IActionResult> OnPostDecideAsync(bool? investigate, string? motivation) => ActAsync(needsRead: true, () =>
    {
        // Whether this person decides at all comes first: someone else is not asked to fill in the form.
        if (Refused(Report.MayDecide(Roles, Procedure)))
        {
            return null;
        }

        if (investigate is null)
        {
            ModelState.AddModelError("investigate", "Kies of er een onderzoek komt.");
        }

        if (!Required(motivation, "motivation", "Motiveer het besluit.") || investigate is not { } choice || Refused(Report.Decide(choice, Roles, Procedure, time.GetUtcNow())))
        {
            return null;
        }

        db.CaseEntries.Add(crypto.NewEntry(Report, EntryKind.Decision, $"{(choice ? "Wel onderzoeken" : "Niet onderzoeken")}: {motivation!.Trim()}", time.GetUtcNow(), UserId));
        return choice ? "Besloten: er komt een onderzoek." : "Besloten: er komt geen onderzoek.";
    });

    public Task<IActionResult> OnPostAfterComplaintAsync(bool? investigate, string? motivation) => ActAsync(needsRead: true, () =>
    {
        if (Refused(Report.MayDecideAfterComplaint(Roles, Procedure)))
        {
            return null;
        }

        if (investigate is null)
        {
            ModelState.AddModelError("investigate", "Kies of er alsnog een onderzoek komt.");
        }

        if (!Required(motivation, "motivation", "Motiveer het besluit.") || investigate is not { } choice
            || Refused(Report.DecideAfterComplaint(choice, Roles, Procedure, time.GetUtcNow())))
        {
            return null;
        }

        db.CaseEntries.Add(crypto.NewEntry(Report, EntryKind.Decision, $"Na klacht ({Procedure.Review.Source}): {(choice ? "alsnog onderzoeken" : "geen onderzoek")}: {motivation!.Trim()}", time.GetUtcNow(), UserId));
        return choice ? "Besloten: er komt alsnog een onderzoek." : "Besloten: er komt ook na de klacht geen onderzoek.";
    });

    public Task<IActionResult> OnPostCloseAsync() => ActAsync(needsRead: true, () =>
        Refused(Report.Close(time.GetUtcNow())) ? null : "Het dossier is gesloten.");

    public Task<IActionResult> OnPostReopenAsync(string? why) => ActAsync(needsRead: true, () =>
        Required(why, "why", "Geef aan waarom het dossier wordt heropend.") && !Refused(Report.Reopen())
            ? Add(EntryKind.Note, $"Heropend: {why}", "Het dossier is heropend.") : null);

    public Task<IActionResult> OnPostChecklistAsync(List<RetaliationForm> forms) => ActAsync(needsRead: true, () =>
        Refused(Report.TickRetaliationForms(forms, Procedure)) ? null : "De checklist is bijgewerkt.");

    /// <summary>
    /// An officer who sees the case (so is not a candidate) decides whether a possibly meant person was
    /// meant. "Not meant" lets them see the case; the reason is sealed in the case file and the change
    /// of the tags is in the audit trail.
    /// </summary>
    public Task<IActionResult> OnPostResolveAsync(Guid? group, bool? meant, string? resolution) => ActAsync(needsRead: true, () =>
    {
        if (meant is not { } choice)
        {
            ModelState.AddModelError("meant", "Kies of de melder deze persoon bedoelt.");
            return null;
        }

        var resolved = Report.ResolveInvolved(group, choice, resolution, UserId, time.GetUtcNow());
        if (Refused(resolved.Refusal, resolved.Refusal is ReasonOutOfRange ? "resolution" : "group"))
        {
            return null;
        }

        var who = crypto.Note(Report, resolved.Value!) ?? "een genoemde persoon";
        return Add(EntryKind.Note, $"{(choice ? "Wel bedoeld" : "Niet bedoeld")}: {who}. Reden: {resolution!.Trim()}",
            choice ? "Vastgelegd: deze persoon blijft buiten het dossier." : "Vastgelegd: deze persoon was niet bedoeld en kan het dossier nu zien.");
    });

    public async Task<IActionResult> OnGetFileAsync(Guid entry)
    {
        if (!await LoadAsync() || !MayRead)
        {
            return NotFound();
        }

        var line = await db.CaseEntries.FirstOrDefaultAsync(e => e.Id == entry && e.ReportId == Report.Id && e.SealedFile != null);
        if (line is null)
        {
            return NotFound();
        }

        db.RecordRead(nameof(CaseEntry), line.Id.ToString(), "Bijlage gedownload");
        await db.SaveChangesAsync();
        return File(crypto.File(Report, line)!, "application/octet-stream", crypto.FileName(Report, line));
    }
}
