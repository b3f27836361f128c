using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class WorkflowTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_case_runs_from_receipt_to_closed_and_closing_waits_for_feedback(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een inkoper bestelt bij het bedrijf van zijn broer.", involved: "Mila Medewerker", category: nameof(ReportCategory.ConflictOfInterest));
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");

        await TakeAsync(officer, filed.ReportId);
        await CaseActionAsync(officer, filed.ReportId, "Acknowledge");
        await CaseActionAsync(officer, filed.ReportId, "Intake");
        await CaseActionAsync(officer, filed.ReportId, "Decide", new() { ["investigate"] = "true", ["motivation"] = "Concrete aanwijzingen in de bestellingen." });
        await CaseActionAsync(officer, filed.ReportId, "Note", new() { ["note"] = "Gesprek met de inkoper (hoor en wederhoor).", ["kind"] = nameof(EntryKind.Interview) });
        // The conclusion follows the investigation protocol (issue 17.3); measures are in their own register.
        await Investigation.InvestigationSteps.RunProtocolAsync(app, officer, filed.ReportId, CaseOutcome.PartlySubstantiated);

        var refused = await CaseActionAsync(officer, filed.ReportId, "Close");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Geef de melder eerst terugkoppeling", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await CaseActionAsync(officer, filed.ReportId, "Reply", new() { ["reply"] = "Uw melding is deels gegrond bevonden; er zijn maatregelen genomen.", ["feedback"] = "true" });

        // Issue 17.2: closing waits for the counted classification, the closure record and the words for the reporter.
        await AssertRefusedAsync("Close", [], "Deel de melding eerst in");
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, filed.ReportId, "Classify", new()
        {
            ["category"] = nameof(IntegrityCategory.MisuseOfPosition),
            ["concerned"] = nameof(PersonConcerned.Employee),
        })).StatusCode);
        await AssertRefusedAsync("Close", [], "Leg eerst de afsluiting vast");
        await AssertRefusedAsync("RecordClosure", new() { ["closureOutcome"] = nameof(ClosureOutcome.PartlySubstantiated), ["investigator"] = nameof(InvestigatorKind.External), ["policeReport"] = "false" },
            "Vul de kosten van het externe bureau");
        await AssertRefusedAsync("RecordClosure", new() { ["closureOutcome"] = nameof(ClosureOutcome.Substantiated), ["investigator"] = nameof(InvestigatorKind.Internal), ["policeReport"] = "false" },
            "Na een onderzoek is de uitkomst de conclusie van het onderzoek: Deels gegrond.");
        // The protocol assigned an internal investigator: a closure that says otherwise is refused.
        await AssertRefusedAsync("RecordClosure", new() { ["closureOutcome"] = nameof(ClosureOutcome.PartlySubstantiated), ["investigator"] = nameof(InvestigatorKind.External), ["cost"] = "12.500,50", ["policeReport"] = "false" },
            "Het onderzoeksprotocol van dit dossier noemt als onderzoeker");
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, filed.ReportId, "RecordClosure", new()
        {
            ["closureOutcome"] = nameof(ClosureOutcome.PartlySubstantiated),
            ["investigator"] = nameof(InvestigatorKind.Internal),
            ["policeReport"] = "true",
            ["PoliceReportOn"] = "24-11-2026",
        })).StatusCode);
        await AssertRefusedAsync("Close", [], "Vertel de melder eerst");
        await CaseActionAsync(officer, filed.ReportId, "ShareOutcome", new() { ["forReporter"] = "Het onderzoek is afgerond; er zijn maatregelen genomen." });
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, filed.ReportId, "Close")).StatusCode);
        var counted = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal((IntegrityCategory.MisuseOfPosition, ClosureOutcome.PartlySubstantiated, InvestigatorKind.Internal, (long?)null, true, new DateOnly(2026, 11, 24)),
            (counted.Classification!.Value, counted.ClosureOutcome!.Value, counted.Investigator!.Value, counted.ExternalCostCents, counted.PoliceReport!.Value, counted.PoliceReportOn!.Value));

        async Task AssertRefusedAsync(string handler, Dictionary<string, string> fields, string message)
        {
            var response = await CaseActionAsync(officer, filed.ReportId, handler, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var closed = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal((CaseStatus.Closed, CaseOutcome.PartlySubstantiated), (closed.Status, closed.Outcome));

        await CaseActionAsync(officer, filed.ReportId, "Reopen", new() { ["why"] = "Nieuwe feiten na heroverweging" });
        var reopened = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal((CaseStatus.Intake, 1), (reopened.Status, reopened.TimesReopened));
        Assert.Contains("deels gegrond", (await PageAsync(reporter, "/melden/inbox")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
