using Loket.Web.Declarations;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

// The counted case record and the reporter's feedback (issue 17.2, 17.5): the handler classifies at intake,
// records the closure, and writes what the reporter reads about a decision not to investigate or the outcome.
// The forms are in _CaseRecord (CaseRecordViewComponent); each step is the report's own method.
public sealed partial class CaseModel
{
    public async Task<IActionResult> OnPostClassifyAsync(IntegrityCategory? category, Guid? ownCategory, Guid? orgUnit, PersonConcerned? concerned,
        bool wbkWrong, bool retaliation, bool unwantedBehaviour)
    {
        // Read past the municipality filter on purpose: the report's own rule refuses another municipality's
        // category or department, so a forged id meets that rule rather than a silent "not found".
        var own = ownCategory is { } ownId ? await db.OwnCaseCategories.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == ownId) : null;
        var unitTenant = orgUnit is { } unitId ? await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => (Guid?)u.TenantId).FirstOrDefaultAsync() : null;
        return await ActAsync(needsRead: true, () =>
        {
            if (category is null || !Enum.IsDefined(category.Value))
            {
                ModelState.AddModelError("category", "Kies een categorie.");
            }

            if (concerned is null || !Enum.IsDefined(concerned.Value))
            {
                ModelState.AddModelError("concerned", "Kies om wie het gaat.");
            }

            if (ownCategory is not null && own is null)
            {
                ModelState.AddModelError("ownCategory", new NotThisMunicipalitysCategory().Message);
            }

            if (!ModelState.IsValid)
            {
                return null;
            }

            var refusal = Report.Classify(new CaseClassification(category!.Value, own, orgUnit, unitTenant, concerned!.Value, wbkWrong, retaliation, unwantedBehaviour), time.GetUtcNow());
            return RecordRefused(refusal, refusal switch { NotThisMunicipalitysCategory => "ownCategory", NotThisMunicipalitysUnit => "orgUnit", _ => "" })
                ? null : "De indeling van de melding is vastgelegd.";
        });
    }

    public async Task<IActionResult> OnPostRecordClosureAsync(ClosureOutcome? closureOutcome, InvestigatorKind? investigator, string? cost, bool? policeReport, DateOnly? policeReportOn)
    {
        // Read by the route's id before the step; nothing of it is shown, and ActAsync refuses a case this person may not read.
        var known = await ClosureFacts.ForAsync(db, Id);
        return await ActAsync(needsRead: true, () =>
        {
            if (closureOutcome is null || !Enum.IsDefined(closureOutcome.Value))
            {
                ModelState.AddModelError("closureOutcome", "Kies de uitkomst.");
            }

            if (investigator is null || !Enum.IsDefined(investigator.Value))
            {
                ModelState.AddModelError("investigator", "Kies wie het onderzoek deed.");
            }

            if (policeReport is null)
            {
                ModelState.AddModelError("policeReport", "Kies of er aangifte is gedaan.");
            }

            decimal? euros = null;
            if (cost?.Length > 20)
            {
                ModelState.AddModelError("cost", new ExternalCostRequired().Message);
            }
            else if (!string.IsNullOrWhiteSpace(cost))
            {
                var parsed = EuroAmount.Parse(cost);
                if (parsed.Error is not null)
                {
                    ModelState.AddModelError("cost", parsed.Error);
                }

                euros = parsed.Euros;
            }

            if (!ModelState.IsValid)
            {
                return null;
            }

            var refusal = Report.RecordClosure(new ClosureRecord(closureOutcome!.Value, investigator!.Value, euros, policeReport!.Value, policeReportOn), known, time.Today(), time.GetUtcNow());
            return RecordRefused(refusal, refusal switch
            {
                OutcomeDiffersFromConclusion or NoFindingWithoutInvestigation => "closureOutcome",
                InvestigatorRequired or InvestigatorDiffersFromProtocol => "investigator",
                ExternalCostRequired or CostOnlyForExternal or CostDiffersFromProtocol => "cost",
                PoliceReportDateRequired or PoliceReportDateWithoutReport or PoliceReportDiffersFromRegister => "policeReportOn",
                _ => "",
            }) ? null : "De afsluiting is vastgelegd.";
        });
    }

    /// <summary>Why there is no investigation, in words written for the reporter; the motivation stays internal.</summary>
    public Task<IActionResult> OnPostShareDecisionAsync(string? forReporter) => ActAsync(needsRead: true, () =>
        Shared(forReporter, EntryKind.DecisionForReporter, Report.ShareDecision, "De melder leest nu in de inbox waarom er geen onderzoek komt."));

    /// <summary>What the desk shares of the outcome with the reporter.</summary>
    public Task<IActionResult> OnPostShareOutcomeAsync(string? forReporter) => ActAsync(needsRead: true, () =>
        Shared(forReporter, EntryKind.OutcomeForReporter, Report.ShareOutcome, "De melder leest de uitkomst nu in de inbox."));

    private string? Shared(string? text, EntryKind kind, Func<DateTimeOffset, Refusal?> share, string done)
    {
        var now = time.GetUtcNow();
        if (!Required(text, "forReporter", "Schrijf wat de melder te lezen krijgt.") || RecordRefused(share(now), ""))
        {
            return null;
        }

        var entry = crypto.NewEntry(Report, kind, text!.Trim(), now, UserId);
        entry.IsFeedback = true;
        db.CaseEntries.Add(entry);
        return done;
    }

    private bool RecordRefused(Refusal? refusal, string field)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(field, refusal.Message);
        }

        return refusal is not null;
    }
}
