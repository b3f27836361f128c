using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>
/// Issue 13.1: however the reporter writes a name, the officer it may mean cannot see the case, nor a
/// retaliation report linked to it, until a colleague who can see it records that they were not meant.
/// In the demo, Iris Integriteit (integriteit@leiden, 1004) and the shared desk's Daan
/// (meldpunt@leidse-regio, no employee record) both work Leiden's cases.
/// </summary>
public sealed class ExclusionDodgeTests
{
    private const string Plain = "Bij de vergunningen wordt geld aangenomen voor voorrang.";

    public static TheoryData<string, string?> IrisDodges => new()
    {
        { Plain, "Iris Integriteit (coördinator)" },
        { Plain, "I. Integriteit" },
        { Plain, "Iris" },
        { Plain, "Mark Manager Iris Integriteit" },
        { Plain, "Iris Integritiet" },
        { Plain, "integriteit@leiden" },
        { Plain, "Íris Íntegriteit" },
        { "Ik heb het aan Iris verteld, maar zij deed er niets mee.", null },
    };

    [Theory, MemberData(nameof(IrisDodges))]
    public async Task However_Iris_is_written_she_cannot_see_the_case_and_Daan_can(string text, string? involved)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        var filed = await ReportAnonymouslyAsync(app, app.CreateLoketClient(), "leiden", text, involved);

        using var iris = await DemoAsync(app, "integriteit@leiden");
        await AssertHiddenAsync(iris, filed);
        using var daan = await DemoAsync(app, "meldpunt@leidse-regio");
        Assert.Contains(filed.Reference, await DashboardAsync(daan), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_shared_desks_account_without_an_employee_record_can_be_named(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        foreach (var named in new[] { "meldpunt@leidse-regio", "Daan van het meldpunt" })
        {
            var filed = await ReportAnonymouslyAsync(app, app.CreateLoketClient(), "leiden", Plain, named);
            using var daan = await DemoAsync(app, "meldpunt@leidse-regio");
            await AssertHiddenAsync(daan, filed);
            using var iris = await DemoAsync(app, "integriteit@leiden");
            Assert.Contains(filed.Reference, await DashboardAsync(iris), StringComparison.Ordinal);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_colleague_who_is_not_named_clears_a_possible_match_and_then_Iris_sees_the_case(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var filed = await ReportAnonymouslyAsync(app, app.CreateLoketClient(), "leiden", Plain, "I. Integriteit");
        using var daan = await DemoAsync(app, "meldpunt@leidse-regio");
        Assert.Equal(HttpStatusCode.Redirect, (await TakeAsync(daan, filed.ReportId)).StatusCode);

        var page = await PageAsync(daan, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Contains("Iris Integriteit: mogelijk bedoeld, genoemd als ‘I. Integriteit’", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var group = page.QuerySelector<IHtmlInputElement>("form[action*='handler=Resolve'] input[name=group]")!.Value;
        var refused = await CaseActionAsync(daan, filed.ReportId, "Resolve", new() { ["group"] = group, ["meant"] = "false", ["resolution"] = "kort" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var iris = await DemoAsync(app, "integriteit@leiden");
        await AssertHiddenAsync(iris, filed);

        var resolved = await CaseActionAsync(daan, filed.ReportId, "Resolve",
            new() { ["group"] = group, ["meant"] = "false", ["resolution"] = "De melder bedoelt de I. Integriteit van Burgerzaken, zie de beschrijving." });
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Contains(filed.Reference, await DashboardAsync(iris), StringComparison.Ordinal);
        await PageAsync(iris, $"/meldpunt/dossiers/{filed.ReportId}");
        var trail = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Entity == "InvolvedTag" && a.Action == "Modified" && a.ActorName == "Daan Meldpunt Leidse regio").CountAsync());
        Assert.True(trail > 0);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_retaliation_report_keeps_out_whoever_its_case_keeps_out_even_without_its_own_copy(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", Plain, "Iris");
        var inbox = await PageAsync(reporter, "/melden/inbox");
        var posted = await reporter.SubmitAsync(inbox, "form[action*='handler=Retaliation']", new Dictionary<string, string> { ["retaliation"] = "Sinds mijn melding krijg ik geen opdrachten meer." }, "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var linked = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.RelatedReportId == filed.ReportId).Select(r => new { r.Id, r.Reference }).SingleAsync());
        var retaliation = new Filed(filed.Code, linked.Reference, linked.Id);

        using var iris = await DemoAsync(app, "integriteit@leiden");
        await AssertHiddenAsync(iris, retaliation);
        await AssertHiddenAsync(iris, filed);

        // The second lock: without the copied tags, the query still checks the case it is linked to.
        await app.WithDbAsync(async db =>
        {
            db.InvolvedTags.RemoveRange(await db.InvolvedTags.IgnoreQueryFilters().Where(i => i.ReportId == linked.Id).ToListAsync());
            return await db.SaveChangesAsync();
        }, "leiden");
        await AssertHiddenAsync(iris, retaliation);

        using var daan = await DemoAsync(app, "meldpunt@leidse-regio");
        var page = await PageAsync(daan, $"/meldpunt/dossiers/{linked.Id}");
        Assert.NotNull(page.QuerySelector($"a[href='/meldpunt/dossiers/{filed.ReportId}']"));
    }

    [Fact]
    public async Task A_reopened_case_keeps_its_exclusions()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        var filed = await ReportAnonymouslyAsync(app, app.CreateLoketClient(), "leiden", Plain, "I. Integriteit");
        using var daan = await DemoAsync(app, "meldpunt@leidse-regio");
        Assert.Equal(HttpStatusCode.Redirect, (await TakeAsync(daan, filed.ReportId)).StatusCode);
        foreach (var (step, fields) in new (string, Dictionary<string, string>)[]
        {
            ("Acknowledge", []), ("Intake", []),
            ("Decide", new() { ["investigate"] = "false", ["motivation"] = "Geen concrete aanwijzingen." }),
            ("Reply", new() { ["reply"] = "Wij onderzoeken je melding niet verder.", ["feedback"] = "true" }),
            ("Classify", new() { ["category"] = "FinancialMisconduct", ["concerned"] = "Employee" }),
            ("RecordClosure", new() { ["closureOutcome"] = "Unsubstantiated", ["investigator"] = "None", ["policeReport"] = "false" }),
            ("ShareDecision", new() { ["forReporter"] = "Er komt geen onderzoek: er zijn geen concrete aanwijzingen." }),
            ("Close", []),
            ("Reopen", new() { ["why"] = "Nieuwe feiten van de melder." }),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(daan, filed.ReportId, step, fields)).StatusCode);
        }

        using var iris = await DemoAsync(app, "integriteit@leiden");
        await AssertHiddenAsync(iris, filed);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_person_picked_from_the_list_is_excluded_and_the_reporter_sees_whom_the_names_matched(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var irisId = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1004").Select(e => e.Id).SingleAsync(), "leiden");

        // Without JavaScript: "Zoeken" shows the people found as boxes to tick.
        var (_, form) = await reporter.GetPageAsync("/melden");
        var searched = await reporter.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string> { ["Input.Municipality"] = "leiden", ["Input.Search"] = "integ" }, formAction: "/melden?handler=Search");
        var found = await Declarations.DeclarationSteps.ParseAsync(searched);
        var box = found.QuerySelector<IHtmlInputElement>($"#gezocht input[name='Input.Picked'][value='{irisId}']");
        Assert.NotNull(box);
        Assert.DoesNotContain("1004", found.QuerySelector("#gezocht")!.TextContent, StringComparison.Ordinal);
        box!.IsChecked = true;

        var fields = ReportFields("leiden", Plain, "Jan Jansen");
        var check = await Declarations.DeclarationSteps.ParseAsync(await reporter.SubmitAsync(found, "main form[method=post]", fields, "/melden"));
        var shown = check.QuerySelector("#controle")!.TextContent;
        Assert.Contains("Iris Integriteit", shown, StringComparison.Ordinal);
        Assert.Contains("gekozen uit de lijst", shown, StringComparison.Ordinal);
        Assert.Contains("Niemand van de gemeente gevonden bij: ‘Jan Jansen’", shown, StringComparison.Ordinal);
        var filed = await ReceivedAsync(app, reporter, await reporter.SubmitAsync(check, "main form[method=post]", fields, "/melden"));
        using var iris = await DemoAsync(app, "integriteit@leiden");
        await AssertHiddenAsync(iris, filed);
    }

    [Theory]
    [InlineData("/meldpunt/mondeling", "meldpunt@leidse-regio")]
    [InlineData("/vertrouwenspersoon/melden", "vertrouwenspersoon@leiden")]
    public async Task Filing_on_someones_behalf_shows_whom_the_names_match_and_excludes_them(string form, string filer)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var staff = await DemoAsync(app, filer);
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = "Corruption",
            ["Input.Text"] = Plain,
            ["Input.InvolvedNames"] = "I. Integriteit",
            ["Transcript"] = "De melder vertelde over geld voor voorrang.",
            ["Reporter.Name"] = "Piet Klokkenluider",
            ["Medium"] = "Oral",
            ["ReachedOn"] = "1-1-2020",
        };
        var check = await Declarations.DeclarationSteps.ParseAsync(await staff.PostFormAsync(form, "main form[method=post]", fields));
        Assert.Contains("Iris Integriteit", check.QuerySelector("#controle")!.TextContent, StringComparison.Ordinal);
        Assert.Null(check.QuerySelector("[data-receipt-code]"));

        var filed = await Declarations.DeclarationSteps.ParseAsync(await staff.SubmitAsync(check, "main form[method=post]", fields, form));
        var code = Loket.Web.Meldpunt.Case.ReceiptCodes.Normalize(filed.QuerySelector("[data-receipt-code]")!.TextContent)!;
        using var reporter = app.CreateLoketClient();
        await OpenInboxAsync(reporter, code);
        var reference = (await PageAsync(reporter, "/melden/inbox")).QuerySelector("h1")!.TextContent.Split(' ')[^1];
        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        using var iris = await DemoAsync(app, "integriteit@leiden");
        await AssertHiddenAsync(iris, new Filed(code, reference, report));
    }

    [Fact]
    public async Task The_picker_answers_names_of_one_municipality_from_three_letters_and_nothing_more()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateLoketClient();
        var found = await visitor.Http.GetStringAsync("/melden/personen?gemeente=leiden&zoek=iri");
        Assert.Contains("\"name\":\"Iris Integriteit\"", found, StringComparison.Ordinal);
        Assert.DoesNotContain("1004", found, StringComparison.Ordinal);
        Assert.DoesNotContain("@", found, StringComparison.Ordinal);
        Assert.Equal("[]", await visitor.Http.GetStringAsync("/melden/personen?gemeente=leiden&zoek=ir"));
        Assert.Equal("[]", await visitor.Http.GetStringAsync("/melden/personen?gemeente=leiden&zoek=van%20de"));
        Assert.Equal("[]", await visitor.Http.GetStringAsync("/melden/personen?gemeente=nergens&zoek=iris"));
    }

    private static async Task<LoketClient> DemoAsync(LoketApp app, string userName)
    {
        var client = app.CreateLoketClient();
        await client.LoginAsync("leiden", userName);
        return client;
    }

    private static async Task<string> DashboardAsync(LoketClient officer) =>
        (await PageAsync(officer, "/meldpunt/dossiers")).QuerySelector("main")!.TextContent;

    private static async Task AssertHiddenAsync(LoketClient officer, Filed filed)
    {
        Assert.DoesNotContain(filed.Reference, await DashboardAsync(officer), StringComparison.Ordinal);
        await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}", HttpStatusCode.NotFound);
    }
}
