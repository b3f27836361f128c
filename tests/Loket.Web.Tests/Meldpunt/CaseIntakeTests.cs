using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>
/// Issue 17 through the real pages: every route in per municipality (17.1), the counted classification and
/// closure (17.2), the reporter's feedback (17.5), and the role checks and tenant isolation of the new pages.
/// </summary>
public sealed class CaseIntakeTests
{
    private const string Relay = "/meldpunt/doorgeven";

    private static Dictionary<string, string> Relayed(string route, string text) => new()
    {
        ["Route"] = route,
        ["Medium"] = nameof(ReportMedium.Oral),
        ["ReachedOn"] = "20-11-2026",
        ["Input.Category"] = nameof(ReportCategory.MisuseOfResources),
        ["Input.Text"] = text,
    };

    private static string[] Routes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("input[name='Route']").Select(i => i.GetAttribute("value")!)];

    [Theory, OnSqlite, OnPostgres]
    public async Task A_manager_records_a_report_on_a_route_of_the_code_and_cannot_open_it_afterwards(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("s-hertogenbosch", "manager");
        Assert.Equal(new[] { nameof(ReportChannel.ViaManager), nameof(ReportChannel.ViaManagersManager) }, Routes(await PageAsync(manager, Relay)));

        var text = $"Een collega gebruikt de dienstauto voor privéritten ({Guid.NewGuid():N}).";
        var response = await manager.PostFormAsync(Relay, "main form[method=post]", Relayed(nameof(ReportChannel.ViaManagersManager), text));
        var done = await Declarations.DeclarationSteps.ParseAsync(response);
        var code = ReceiptCodes.Normalize(done.QuerySelector("[data-receipt-code]")?.TextContent ?? "");
        Assert.True(code is not null, done.QuerySelector("main")?.TextContent);
        Assert.Contains("'s-Hertogenbosch 10.1", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var managerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "manager@s-hertogenbosch").Select(u => u.Id).SingleAsync());
        var reference = done.QuerySelector("main [role=status] p")!.TextContent.Split(' ')[1];
        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Include(r => r.Handlers).Include(r => r.Entries).SingleAsync(r => r.Reference == reference));
        Assert.Equal((ReportChannel.ViaManagersManager, ReportMedium.Oral, managerId, new DateOnly(2026, 11, 20)),
            (report.Channel, report.Medium!.Value, report.RecordedByUserId!.Value, report.ReachedRecorderOn!.Value));
        Assert.Empty(report.Handlers);
        Assert.Contains(report.Entries, e => e.Kind == EntryKind.Transcript);

        // The recorder has no access to the case afterwards, not on the desk's page and not with the code.
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync($"/meldpunt/dossiers/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await OpenInboxAsync(manager, code!)).StatusCode);

        // The desk sees the route, who recorded it and when it reached them.
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        await TakeAsync(officer, report.Id);
        var facts = (await PageAsync(officer, $"/meldpunt/dossiers/{report.Id}")).QuerySelector("main")!.TextContent;
        Assert.Contains("Via de leidinggevende van de leidinggevende", facts, StringComparison.Ordinal);
        Assert.Contains("Mark Manager, mondeling, kwam bij hem of haar binnen op 20 november 2026", facts, StringComparison.Ordinal);

        // The seven days ran from the day it reached the manager, not from the day he recorded it at the desk.
        var reachedManager = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(reachedManager.AddDays(7), CaseClocks.AcknowledgeDue(report));
        Assert.Contains($"{Dutch.Of(ClockKind.Acknowledge)}: uiterlijk {Dutch.Date(reachedManager.AddDays(7))}", facts, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_route_the_code_does_not_have_is_not_offered_and_a_posted_one_is_refused(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");
        var page = await PageAsync(manager, Relay);
        Assert.Equal(new[] { nameof(ReportChannel.ViaManager) }, Routes(page));
        Assert.Contains("De gedragscode van Leiden noemt de leidinggevende van de leidinggevende niet als route", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var text = $"Iemand neemt kantoorspullen mee naar huis ({Guid.NewGuid():N}).";
        var refused = await manager.PostFormAsync(Relay, "main form[method=post]", Relayed(nameof(ReportChannel.ViaManagersManager), text));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kies een route uit de lijst", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var leiden = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync());
        Assert.False(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().AnyAsync(r => r.Channel == ReportChannel.ViaManagersManager && r.TenantId == leiden)));

        // Leiden's code does not name the gemeentesecretaris; Alphen's does (Alphen aan den Rijn 8).
        using var leidenSecretary = app.CreateLoketClient();
        await leidenSecretary.LoginAsDemoAsync("leiden", "secretaris");
        var silent = await PageAsync(leidenSecretary, Relay);
        Assert.Empty(Routes(silent));
        Assert.Contains("De gedragscode van Leiden noemt de gemeentesecretaris niet als route", silent.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var alphenSecretary = app.CreateLoketClient();
        await alphenSecretary.LoginAsDemoAsync("alphen-aan-den-rijn", "secretaris");
        Assert.Equal(new[] { nameof(ReportChannel.ViaSecretary) }, Routes(await PageAsync(alphenSecretary, Relay)));
        var recorded = await alphenSecretary.PostFormAsync(Relay, "main form[method=post]", Relayed(nameof(ReportChannel.ViaSecretary), text));
        Assert.NotNull((await Declarations.DeclarationSteps.ParseAsync(recorded)).QuerySelector("[data-receipt-code]"));
        var secretaryId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "secretaris@alphen-aan-den-rijn").Select(u => u.Id).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().AnyAsync(r => r.Channel == ReportChannel.ViaSecretary && r.RecordedByUserId == secretaryId)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_managers_and_secretaries_record_and_only_officers_keep_the_categories(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var anonymous = app.CreateLoketClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Http.GetAsync(Relay)).StatusCode);
        foreach (var (role, relay, categories) in new[]
        {
            ("medewerker", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            ("vertrouwenspersoon", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            ("manager", HttpStatusCode.OK, HttpStatusCode.Forbidden),
            ("secretaris", HttpStatusCode.OK, HttpStatusCode.Forbidden),
            ("integriteit", HttpStatusCode.Forbidden, HttpStatusCode.OK),
        })
        {
            using var user = app.CreateLoketClient();
            await user.LoginAsDemoAsync("leiden", role);
            Assert.Equal((role, relay), (role, (await user.Http.GetAsync(Relay)).StatusCode));
            Assert.Equal((role, categories), (role, (await user.Http.GetAsync("/meldpunt/categorieen")).StatusCode));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Someone_named_in_a_report_cannot_classify_record_or_share_on_it(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var filed = await ReportAnonymouslyAsync(app, app.CreateLoketClient(), "leiden", "Er wordt geld aangenomen voor voorrang bij vergunningen.", "I. Integriteit");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        var page = await PageAsync(iris, "/meldpunt/categorieen");
        foreach (var handler in new[] { "Classify", "RecordClosure", "ShareDecision", "ShareOutcome" })
        {
            var posted = await iris.SubmitAsync(page, "main form[method=post]:not([action*='handler'])",
                new Dictionary<string, string> { ["category"] = "FinancialMisconduct", ["concerned"] = "Employee", ["forReporter"] = "Een tekst voor de melder." },
                formAction: $"/meldpunt/dossiers/{filed.ReportId}?handler={handler}");
            Assert.Equal((handler, HttpStatusCode.NotFound), (handler, posted.StatusCode));
        }

        Assert.Null(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Id == filed.ReportId).Select(r => r.ClassifiedAt).SingleAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_municipalitys_own_categories_are_never_shown_to_or_used_by_another(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var leiden = app.CreateLoketClient();
        await leiden.LoginAsDemoAsync("leiden", "integriteit");
        var name = $"Parkeervergunningen {Guid.NewGuid():N}"[..30];
        var added = await leiden.PostFormAsync("/meldpunt/categorieen", "main form[method=post]:not([action*='handler'])", new Dictionary<string, string> { ["Parent"] = nameof(IntegrityCategory.MisuseOfResources), ["Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(name, (await PageAsync(leiden, "/meldpunt/categorieen")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var own = await app.WithDbAsync(db => db.OwnCaseCategories.IgnoreQueryFilters().SingleAsync(c => c.Name == name));

        // Alphen's officer sees neither the category nor the option, and a forged post of its id is refused.
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "alphen-aan-den-rijn", "Iemand declareert ritten die niet zijn gereden.");
        using var alphen = app.CreateLoketClient();
        await alphen.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        Assert.DoesNotContain(name, (await PageAsync(alphen, "/meldpunt/categorieen")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await TakeAsync(alphen, filed.ReportId);
        Assert.DoesNotContain(name, (await PageAsync(alphen, $"/meldpunt/dossiers/{filed.ReportId}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var forged = await CaseActionAsync(alphen, filed.ReportId, "Classify", new()
        {
            ["category"] = nameof(IntegrityCategory.MisuseOfResources),
            ["ownCategory"] = own.Id.ToString(),
            ["concerned"] = nameof(PersonConcerned.Employee),
        });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Kies een eigen categorie van deze gemeente", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Id == filed.ReportId).Select(r => r.ClassifiedAt).SingleAsync()));

        // In its own municipality it classifies a case, and then it stays.
        var mine = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een medewerker parkeert met de vergunning van de gemeente privé.");
        await TakeAsync(leiden, mine.ReportId);
        var classified = await CaseActionAsync(leiden, mine.ReportId, "Classify", new()
        {
            ["category"] = nameof(IntegrityCategory.MisuseOfResources),
            ["ownCategory"] = own.Id.ToString(),
            ["concerned"] = nameof(PersonConcerned.Employee),
        });
        Assert.Equal(HttpStatusCode.Redirect, classified.StatusCode);
        Assert.Equal(own.Id, await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Id == mine.ReportId).Select(r => r.OwnCategoryId).SingleAsync()));
        var page = await PageAsync(leiden, "/meldpunt/categorieen");
        Assert.Null(page.QuerySelector($"input[name='id'][value='{own.Id}']"));
        var remove = await leiden.SubmitAsync(page, "main form[method=post]:not([action*='handler'])", new Dictionary<string, string> { ["id"] = own.Id.ToString() },
            "/meldpunt/categorieen", formAction: "/meldpunt/categorieen?handler=Remove");
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Contains("is bij een dossier gebruikt", await remove.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.OwnCaseCategories.IgnoreQueryFilters().AnyAsync(c => c.Id == own.Id)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_reporter_reads_the_shared_words_and_never_the_internal_ones_by_code_and_by_name(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");

        // By receipt code: investigated, concluded with an internal motivation, the outcome shared in other words.
        using var reporter = app.CreateLoketClient();
        var anonymous = await ReportAnonymouslyAsync(app, reporter, "leiden", "Offertes worden steeds aan hetzelfde bureau gegund.", involved: "Mila Medewerker");
        await TakeAsync(officer, anonymous.ReportId);
        await CaseActionAsync(officer, anonymous.ReportId, "Acknowledge");
        await CaseActionAsync(officer, anonymous.ReportId, "Intake");
        await CaseActionAsync(officer, anonymous.ReportId, "Decide", new() { ["investigate"] = "true", ["motivation"] = "INTERN-BESLUIT: concrete aanwijzingen." });
        // The conclusion comes through the investigation protocol; its internal words stay with the desk.
        await Investigation.InvestigationSteps.RunProtocolAsync(app, officer, anonymous.ReportId, CaseOutcome.Substantiated);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, anonymous.ReportId, "ShareOutcome", new() { ["forReporter"] = "Het onderzoek is afgerond en er zijn maatregelen genomen." })).StatusCode);
        var inbox = (await PageAsync(reporter, "/melden/inbox")).QuerySelector("main")!.TextContent;
        Assert.Contains("Het onderzoek is afgerond en er zijn maatregelen genomen.", inbox, StringComparison.Ordinal);
        Assert.Contains("de uitkomst", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("INTERN-", inbox, StringComparison.Ordinal);

        // By name: not investigated, the reason shared on "Mijn meldingen" → the inbox; the motivation stays internal.
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");
        static IEnumerable<string> Links(AngleSharp.Html.Dom.IHtmlDocument mine) => mine.QuerySelectorAll("main a[href^='/melden/inbox?melding=']").Select(a => a.GetAttribute("href")!);
        var before = Links(await PageAsync(employee, "/melden/mijn")).ToHashSet();
        var posted = await employee.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Mode"] = "naam",
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.MisuseOfResources),
            ["Input.Text"] = $"Printers worden voor privédrukwerk gebruikt ({Guid.NewGuid():N}).",
        });
        Assert.Equal("/melden/mijn", posted.Headers.Location?.OriginalString);
        var link = Links(await PageAsync(employee, "/melden/mijn")).Single(l => !before.Contains(l));
        var named = Guid.Parse(link.Split('=')[1]);
        await TakeAsync(officer, named);
        await CaseActionAsync(officer, named, "Acknowledge");
        await CaseActionAsync(officer, named, "Intake");
        await CaseActionAsync(officer, named, "Decide", new() { ["investigate"] = "false", ["motivation"] = "INTERN-BESLUIT: de leidinggevende heeft het al opgelost." });
        Assert.Null(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Id == named).Select(r => r.FeedbackAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, named, "ShareDecision", new() { ["forReporter"] = "Er komt geen onderzoek: het is in het team al besproken en opgelost." })).StatusCode);
        var mine = (await PageAsync(employee, link)).QuerySelector("main")!.TextContent;
        Assert.Contains("Er komt geen onderzoek: het is in het team al besproken en opgelost.", mine, StringComparison.Ordinal);
        Assert.Contains("waarom er geen onderzoek komt", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("INTERN-", mine, StringComparison.Ordinal);
        // It is the feedback the law asks for: the three-month clock is met.
        Assert.NotNull(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Id == named).Select(r => r.FeedbackAt).SingleAsync()));
    }
}
