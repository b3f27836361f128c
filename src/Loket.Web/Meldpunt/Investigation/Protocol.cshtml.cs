using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// The investigation protocol of one case, for whoever reads the case (handler or grant): each step is a
/// method of <see cref="CaseInvestigation"/> that refuses the wrong order; the rights of the person
/// concerned are shown at the steps that protect them.
/// </summary>
[Authorize(Policy = MeldpuntServices.CaseWork)]
public sealed partial class ProtocolModel(LoketDbContext db, TenantContext tenant, CaseAccess access, CaseCrypto crypto, InvestigatorCandidates candidates, TimeProvider time)
    : CaseSubpage(db, tenant, access, crypto)
{
    private DateTimeOffset Now => time.GetUtcNow();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostStartAsync() => ActAsync(async () =>
    {
        var started = CaseInvestigation.Start(Report, await RunningAsync() is not null, Now);
        if (Refused(started.Refusal))
        {
            return null;
        }

        Db.Investigations.Add(started.Value!);
        return "Het onderzoek is gestart. Wijs nu een onderzoeker toe.";
    });

    public Task<IActionResult> OnPostInternalAsync(Guid? investigator) => StepAsync(async investigation =>
    {
        var assignable = (await candidates.InternalAsync(Report)).Select(c => c.Id).ToList();
        return Refused(investigation.AssignInternal(investigator ?? Guid.Empty, assignable, UserId, Now), "investigator") ? null : "De onderzoeker is toegewezen.";
    });

    public Task<IActionResult> OnPostExternalAsync(string? bureau, string? investigatorName, decimal? cost, bool independent) => StepAsync(investigation =>
    {
        var named = InvestigatorCandidates.NamedIn(Crypto.Involved(Report), investigatorName);
        return Task.FromResult<string?>(Refused(investigation.AssignExternal(bureau, investigatorName, cost, independent, named, UserId, Now)) ? null : "Het onderzoeksbureau is toegewezen.");
    });

    public Task<IActionResult> OnPostPostponeAsync(string? postponement) => StepAsync(investigation =>
        Task.FromResult<string?>(Refused(investigation.Postpone(postponement, Seal, Now), "postponement") ? null : "Het uitstel en de reden zijn vastgelegd."));

    public Task<IActionResult> OnPostInformAsync(Guid? person, DateOnly? informedOn, string? informedBy, bool rightsExplained, string? delayReason) => StepAsync(async investigation =>
    {
        var groups = (await InvolvedAsync()).Select(p => p.Group).ToList();
        return Refused(investigation.Inform(person, groups, informedOn, informedBy, rightsExplained, delayReason, Seal, UserId, Now)) ? null : "Vastgelegd: de betrokkene is geïnformeerd.";
    });

    public Task<IActionResult> OnPostInterviewAsync(IntervieweeRole? role, string? interviewee, DateOnly? heldOn, bool adviserPresent, string? record) => StepAsync(investigation =>
    {
        if (role is not { } chosen || !Enum.IsDefined(chosen))
        {
            ModelState.AddModelError("role", "Kies wie er gehoord is.");
            return Task.FromResult<string?>(null);
        }

        var held = investigation.RecordInterview(chosen, interviewee, heldOn, adviserPresent, record, Seal, UserId, Now);
        if (Refused(held.Refusal))
        {
            return Task.FromResult<string?>(null);
        }

        Db.InvestigationInterviews.Add(held.Value!);
        return Task.FromResult<string?>("Het gespreksverslag is vastgelegd. Leg het voor aan wie gehoord is.");
    });

    public Task<IActionResult> OnPostShowAsync(Guid interview, RecordShownHow? how) => StepAsync(investigation =>
    {
        if (how is not { } chosen || !Enum.IsDefined(chosen))
        {
            ModelState.AddModelError(string.Empty, "Kies hoe het verslag is voorgelegd.");
            return Task.FromResult<string?>(null);
        }

        return Task.FromResult<string?>(Refused(investigation.ShowRecord(interview, chosen, Now)) ? null : "Vastgelegd: het verslag is voorgelegd.");
    });

    public Task<IActionResult> OnPostReactionAsync(Guid interview, bool agrees, string? correction) => StepAsync(investigation =>
        Task.FromResult<string?>(Refused(investigation.RecordReaction(interview, agrees, correction, Seal, Now)) ? null : "De reactie staat nu naast het verslag."));

    public Task<IActionResult> OnPostDraftAsync(string? draft, DateOnly? reactionDue) => StepAsync(investigation =>
        Task.FromResult<string?>(Refused(investigation.ShareDraft(draft, reactionDue, Seal, Now)) ? null : "De conceptbevindingen zijn aan de betrokkene voorgelegd."));

    public Task<IActionResult> OnPostDraftReactionAsync(string? draftReaction) => StepAsync(investigation =>
        Task.FromResult<string?>(Refused(investigation.RecordDraftReaction(draftReaction, Seal, Now), "draftReaction") ? null : "De reactie van de betrokkene is vastgelegd."));

    public Task<IActionResult> OnPostReportAsync(string? reportText) => StepAsync(investigation =>
        Task.FromResult<string?>(Refused(investigation.WriteReport(reportText, Seal, Now)) ? null : "Het onderzoeksrapport is vastgelegd."));

    public Task<IActionResult> OnPostConcludeAsync(CaseOutcome? outcome, string? motivation) => StepAsync(investigation =>
    {
        if (outcome is not { } chosen || chosen is not (CaseOutcome.Substantiated or CaseOutcome.PartlySubstantiated or CaseOutcome.Unsubstantiated))
        {
            ModelState.AddModelError("outcome", "Kies een conclusie.");
            return Task.FromResult<string?>(null);
        }

        if (string.IsNullOrWhiteSpace(motivation) || motivation.Length > CaseInvestigation.LongestText)
        {
            ModelState.AddModelError("motivation", "Motiveer de conclusie.");
            return Task.FromResult<string?>(null);
        }

        if (Refused(investigation.Conclude(Report, chosen, Now)))
        {
            return Task.FromResult<string?>(null);
        }

        Db.CaseEntries.Add(Crypto.NewEntry(Report, EntryKind.Conclusion, $"{Dutch.Of(chosen)}: {motivation.Trim()}", Now, UserId));
        return Task.FromResult<string?>("De conclusie is vastgelegd; het dossier is afgerond.");
    });

    /// <summary>A step of the running investigation; without one, the page says to start it.</summary>
    private Task<IActionResult> StepAsync(Func<CaseInvestigation, Task<string?>> step) => ActAsync(async () =>
    {
        if (await RunningAsync() is not { } investigation)
        {
            ModelState.AddModelError(string.Empty, new DecideToInvestigateFirst().Message);
            return null;
        }

        return await step(investigation);
    });
}
