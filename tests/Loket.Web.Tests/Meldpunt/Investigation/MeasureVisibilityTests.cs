using System.Net;
using Loket.Web.Meldpunt.Aftercare;
using Loket.Web.Meldpunt.Measures;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.Investigation.InvestigationSteps;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt.Investigation;

/// <summary>
/// The measures register of a case is seen only by HR, the integrity officer who reads the case and the
/// recorded decider: every other role, the person concerned's manager, the person concerned, the reporter and
/// another municipality are refused. On both databases.
/// </summary>
public sealed class MeasureVisibilityTests
{
    private static string Url(Guid reportId) => $"/meldpunt/dossiers/{reportId}/maatregelen";

    private static async Task<LoketClient> SignedInAsync(LoketApp app, string tenant, string role)
    {
        var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync(tenant, role);
        return client;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_measure_decided_with_HR_is_seen_by_HR_the_officer_and_the_decider_only(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = await SignedInAsync(app, "leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Mila Medewerker");
        await DecideToInvestigateAsync(officer, reportId);
        using var hr = await SignedInAsync(app, "leiden", "hr");
        using var secretary = await SignedInAsync(app, "leiden", "secretaris");

        // Before the conclusion HR may look, but there is nothing to decide yet; the secretary is nobody's decider yet.
        Assert.Contains("Een maatregel volgt op de conclusie", (await PageAsync(hr, Url(reportId))).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.Http.GetAsync(Url(reportId))).StatusCode);
        await RunProtocolAsync(app, officer, reportId);

        var page = await PageAsync(hr, Url(reportId));
        var sander = page.QuerySelectorAll("select[name=decider] option").Single(o => o.TextContent == "Sander Secretaris").GetAttribute("value")!;
        var hanna = page.QuerySelectorAll("select[name=hrAdviser] option").Single(o => o.TextContent == "Hanna HR-adviseur").GetAttribute("value")!;
        var today = Day(Today(app));
        var refused = await hr.SubmitAsync(page, "form[action*='handler=Measure']", new Dictionary<string, string>
        {
            ["kind"] = nameof(MeasureKind.Reprimand),
            ["DecidedOn"] = today,
            ["decider"] = hanna,
            ["hrAdviser"] = hanna,
        }, Url(reportId));
        await RefusedAsync(refused, "Deze maatregel neemt volgens de gedragscode de gemeentesecretaris");
        await DoneAsync(hr.SubmitAsync(page, "form[action*='handler=Measure']", new Dictionary<string, string>
        {
            ["kind"] = nameof(MeasureKind.Reprimand),
            ["DecidedOn"] = today,
            ["decider"] = sander,
            ["hrAdviser"] = hanna,
            ["description"] = "Berisping wegens twee bestellingen.",
        }, Url(reportId)));
        await DoneAsync(officer.SubmitAsync(await PageAsync(officer, Url(reportId)), "form[action*='handler=Measure']", new Dictionary<string, string>
        {
            ["kind"] = nameof(MeasureKind.ProcedureChanged),
            ["DecidedOn"] = today,
            ["decider"] = sander,
            ["hrAdviser"] = hanna,
        }, Url(reportId)));
        await DoneAsync(officer.SubmitAsync(await PageAsync(officer, Url(reportId)), "form[action*='handler=Police']", new Dictionary<string, string>
        {
            ["FiledOn"] = today,
            ["filedBy"] = "de gemeentesecretaris",
            ["policeReference"] = "PL1500-2026-42",
        }, Url(reportId)));

        foreach (var allowed in new[] { hr, officer, secretary })
        {
            var text = (await PageAsync(allowed, Url(reportId))).QuerySelector("main")!.TextContent;
            Assert.Contains("Berisping", text, StringComparison.Ordinal);
            Assert.Contains("Werkwijze of procedure aangepast", text, StringComparison.Ordinal);
            Assert.Contains("PL1500-2026-42", text, StringComparison.Ordinal);
        }

        // The person concerned's manager, the person concerned herself, the auditor, the shared desk's officer who
        // does not handle the case, another municipality's HR and someone not signed in (the reporter) see nothing.
        using var manager = await SignedInAsync(app, "leiden", "manager");
        using var mila = await SignedInAsync(app, "leiden", "medewerker");
        using var auditor = await SignedInAsync(app, "leiden", "auditor");
        using var otherHr = await SignedInAsync(app, "leiderdorp", "hr");
        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        using var reporter = app.CreateLoketClient();
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync(Url(reportId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mila.Http.GetAsync(Url(reportId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Http.GetAsync(Url(reportId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHr.Http.GetAsync(Url(reportId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Http.GetAsync(Url(reportId))).StatusCode);
        var anonymous = await reporter.Http.GetAsync(Url(reportId));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The manager cannot record one either, and reading the register is in the audit trail.
        var measures = await app.WithDbAsync(db => db.CaseMeasures.IgnoreQueryFilters().Where(m => m.ReportId == reportId).Select(m => m.Kind).ToListAsync());
        Assert.Equal([MeasureKind.Reprimand, MeasureKind.ProcedureChanged], measures.Order().ToList());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.Entity == nameof(CaseMeasure) && a.EntityId == reportId.ToString() && a.Action == "Read")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Someone_the_case_keeps_out_sees_no_measures_even_as_HR(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = await SignedInAsync(app, "leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Hanna HR-adviseur");
        using var hr = await SignedInAsync(app, "leiden", "hr");
        Assert.Equal(HttpStatusCode.NotFound, (await hr.Http.GetAsync(Url(reportId))).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Aftercare_for_the_reporter_the_person_concerned_and_the_team_is_planned_and_finished(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = await SignedInAsync(app, "leiden", "integriteit");
        var reportId = await OralReportAsync(officer, "Mila Medewerker");
        var url = $"/meldpunt/dossiers/{reportId}/nazorg";
        var due = Day(Today(app).AddDays(14));
        await RefusedAsync(await officer.PostFormAsync(url, "form[action*='handler=Plan']", new Dictionary<string, string>
        {
            ["forWhom"] = nameof(AftercareFor.Reporter),
            ["task"] = "Nagesprek",
            ["owner"] = "de vertrouwenspersoon",
            ["DueOn"] = due,
        }), "Nazorg plan je na de ontvangstbevestiging");
        await CaseActionAsync(officer, reportId, "Acknowledge");
        foreach (var (whom, task) in new[] { (AftercareFor.Reporter, "Nagesprek over benadeling"), (AftercareFor.PersonConcerned, "Gesprek over terugkeer"), (AftercareFor.Team, "Teamsessie") })
        {
            await DoneAsync(officer.PostFormAsync(url, "form[action*='handler=Plan']", new Dictionary<string, string>
            {
                ["forWhom"] = whom.ToString(),
                ["task"] = task,
                ["owner"] = "de vertrouwenspersoon",
                ["DueOn"] = due,
            }));
        }

        var page = await PageAsync(officer, url);
        Assert.Equal(3, page.QuerySelectorAll("form[action*='handler=Finish']").Length);
        await DoneAsync(officer.SubmitAsync(page, "form[action*='handler=Finish']", new Dictionary<string, string> { ["done"] = "true" }, url));
        var states = await app.WithDbAsync(db => db.AftercareTasks.IgnoreQueryFilters().Where(t => t.ReportId == reportId).Select(t => t.State).ToListAsync());
        Assert.Equal(1, states.Count(s => s == AftercareState.Done));
        Assert.Equal(2, states.Count(s => s == AftercareState.Open));
        Assert.Contains("Nagesprek over benadeling", (await PageAsync(officer, url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
