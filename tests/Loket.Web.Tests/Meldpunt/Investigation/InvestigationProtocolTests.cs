using System.Net;
using System.Text;
using Loket.Web.Identity;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.Investigation.InvestigationSteps;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt.Investigation;

/// <summary>The investigation protocol through its page, on both databases: the order, the rights of the person concerned, the sealing.</summary>
public sealed class InvestigationProtocolTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_case_goes_through_the_protocol_to_its_conclusion_with_records_sealed_and_corrections_beside_them(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Mila Medewerker");
        await DecideToInvestigateAsync(officer, reportId);

        // The case page no longer concludes an investigation: the conclusion follows the protocol's report.
        var casePage = await PageAsync(officer, $"/meldpunt/dossiers/{reportId}");
        Assert.Null(casePage.QuerySelector("form[action*='handler=Conclude']"));
        Assert.NotNull(casePage.QuerySelector($"a[href='/meldpunt/dossiers/{reportId}/onderzoek']"));

        await RunProtocolAsync(app, officer, reportId);

        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == reportId));
        Assert.Equal((CaseStatus.Concluded, CaseOutcome.PartlySubstantiated), (report.Status, report.Outcome!.Value));
        var investigation = await app.WithDbAsync(db => db.Investigations.IgnoreQueryFilters().Include(i => i.Interviews).SingleAsync(i => i.ReportId == reportId));
        Assert.NotNull(investigation.ConcludedAt);
        var interview = Assert.Single(investigation.Interviews);
        Assert.True(interview.AdviserPresent);
        Assert.DoesNotContain(RecordCanary, Encoding.UTF8.GetString(interview.SealedRecord), StringComparison.Ordinal);
        Assert.DoesNotContain(CorrectionCanary, Encoding.UTF8.GetString(interview.SealedCorrection!), StringComparison.Ordinal);

        // The record and the interviewee's correction both stand, side by side, and reading them is audited.
        var text = (await PageAsync(officer, ProtocolUrl(reportId))).QuerySelector("main")!.TextContent;
        Assert.Contains(RecordCanary, text, StringComparison.Ordinal);
        Assert.Contains(CorrectionCanary, text, StringComparison.Ordinal);
        Assert.Contains("niet akkoord met het verslag", text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.Entity == nameof(CaseInvestigation) && a.EntityId == investigation.Id.ToString() && a.Action == "Read")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Every_step_posted_out_of_order_is_refused_and_saves_nothing(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Mila Medewerker");
        await CaseActionAsync(officer, reportId, "Acknowledge");
        await CaseActionAsync(officer, reportId, "Intake");

        await RefusedAsync(await StepAsync(officer, reportId, "Start", via: true), "Een onderzoek begint na het besluit om te onderzoeken.");
        await CaseActionAsync(officer, reportId, "Decide", new() { ["investigate"] = "true", ["motivation"] = "Concrete aanwijzingen." });
        await RefusedAsync(await StepAsync(officer, reportId, "Inform", via: true), "Een onderzoek begint na het besluit om te onderzoeken.");
        await DoneAsync(StepAsync(officer, reportId, "Start"));
        await RefusedAsync(await StepAsync(officer, reportId, "Start", via: true), "Voor deze melding loopt al een onderzoek.");

        var today = Day(Today(app));
        await RefusedAsync(await StepAsync(officer, reportId, "Inform", new() { ["informedOn"] = today, ["informedBy"] = "de onderzoeker", ["rightsExplained"] = "true" }, via: true), "Wijs eerst een onderzoeker toe.");
        await RefusedAsync(await StepAsync(officer, reportId, "Interview", new() { ["role"] = "Witness", ["interviewee"] = "Getuige", ["heldOn"] = today, ["record"] = "Verslag" }, via: true), "Wijs eerst een onderzoeker toe.");
        var page = await PageAsync(officer, ProtocolUrl(reportId));
        var investigator = page.QuerySelectorAll("select[name=investigator] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        await DoneAsync(StepAsync(officer, reportId, "Internal", new() { ["investigator"] = investigator }));

        await RefusedAsync(await StepAsync(officer, reportId, "Interview", new() { ["role"] = "PersonConcerned", ["interviewee"] = "Mila", ["heldOn"] = today, ["record"] = "Verslag" }), "De betrokkene wordt pas gehoord nadat die is geïnformeerd");
        await RefusedAsync(await StepAsync(officer, reportId, "Interview", new() { ["role"] = "Witness", ["interviewee"] = "Getuige", ["heldOn"] = today, ["record"] = "Verslag" }), "Informeer eerst de betrokkene, of leg vast waarom");
        await RefusedAsync(await StepAsync(officer, reportId, "Draft", new() { ["draft"] = "Concept", ["reactionDue"] = Day(Today(app).AddDays(10)) }), "Hoor eerst de betrokkene");
        await RefusedAsync(await StepAsync(officer, reportId, "Report", new() { ["reportText"] = "Rapport" }, via: true), "Leg eerst de conceptbevindingen aan de betrokkene voor.");
        await RefusedAsync(await StepAsync(officer, reportId, "Conclude", new() { ["outcome"] = "Substantiated", ["motivation"] = "Te vroeg" }, via: true), "Een conclusie volgt op het onderzoeksrapport.");
        var choices = (await PageAsync(officer, ProtocolUrl(reportId))).QuerySelectorAll("input[name=person]");
        var person = choices[0].GetAttribute("value")!;
        // Each person is named once, with how the report named them: not "genoemd, genoemd als …". Others the
        // shared app's earlier tests added may possibly match "Mila Medewerker" too; Mila herself is certain.
        var labels = choices.Select(c => c.ParentElement!.QuerySelector("label")!.TextContent.Trim()).ToList();
        Assert.Contains("Mila Medewerker: genoemd als ‘Mila Medewerker’", labels);
        Assert.DoesNotContain(labels, l => l.Contains("genoemd, genoemd", StringComparison.Ordinal));
        await RefusedAsync(await StepAsync(officer, reportId, "Inform", new() { ["person"] = person, ["informedOn"] = today, ["informedBy"] = "de onderzoeker" }), "Vertel de betrokkene ook welke rechten die heeft");

        var (interviews, status) = await app.WithDbAsync(async db => (
            await db.InvestigationInterviews.IgnoreQueryFilters().CountAsync(i => db.Investigations.IgnoreQueryFilters().Any(v => v.Id == i.InvestigationId && v.ReportId == reportId)),
            await db.Reports.IgnoreQueryFilters().Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync()));
        Assert.Equal((0, CaseStatus.Investigation), (interviews, status));
        var investigation = await app.WithDbAsync(db => db.Investigations.IgnoreQueryFilters().SingleAsync(i => i.ReportId == reportId));
        Assert.Null(investigation.InformedOn);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_investigator_related_to_the_person_concerned_or_named_in_the_report_is_neither_offered_nor_accepted(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        // An HR adviser whose employee record is Victor, the partner of the team leader the report names.
        var partner = await app.CreateAccountAsync("leiden", "victor-hr", Role.HrAdviser, "1011");
        var partnerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == partner).Select(u => u.Id).SingleAsync());
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Tamara Teamleider");
        await DecideToInvestigateAsync(officer, reportId);
        await DoneAsync(StepAsync(officer, reportId, "Start"));

        var offered = (await PageAsync(officer, ProtocolUrl(reportId))).QuerySelectorAll("select[name=investigator] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(partnerId.ToString(), offered);
        Assert.Contains(offered, v => !string.IsNullOrEmpty(v));
        await RefusedAsync(await StepAsync(officer, reportId, "Internal", new() { ["investigator"] = partnerId.ToString() }), "Deze onderzoeker is bij de melding betrokken");
        await RefusedAsync(await StepAsync(officer, reportId, "External", new() { ["bureau"] = "Bureau Waarheid", ["investigatorName"] = "Tamara Teamleider", ["cost"] = "4500", ["independent"] = "true" }), "Deze onderzoeker is bij de melding betrokken");
        await RefusedAsync(await StepAsync(officer, reportId, "External", new() { ["bureau"] = "Bureau Waarheid", ["investigatorName"] = "Olga Onderzoeker", ["cost"] = "4500" }), "geen band te hebben");
        await DoneAsync(StepAsync(officer, reportId, "External", new() { ["bureau"] = "Bureau Waarheid", ["investigatorName"] = "Olga Onderzoeker", ["cost"] = "4500", ["independent"] = "true" }));
        var investigation = await app.WithDbAsync(db => db.Investigations.IgnoreQueryFilters().SingleAsync(i => i.ReportId == reportId));
        Assert.Equal((InvestigatorKind.External, "Bureau Waarheid", 4500m), (investigation.InvestigatorKind!.Value, investigation.Bureau, investigation.Cost!.Value));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_protocol_is_read_only_by_whoever_reads_the_case(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Mila Medewerker");
        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Http.GetAsync(ProtocolUrl(reportId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Http.GetAsync($"/meldpunt/dossiers/{reportId}/nazorg")).StatusCode);
        using var other = app.CreateLoketClient();
        await other.LoginAsDemoAsync("leiderdorp", "integriteit");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(ProtocolUrl(reportId))).StatusCode);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.Http.GetAsync(ProtocolUrl(reportId))).StatusCode);
    }
}
