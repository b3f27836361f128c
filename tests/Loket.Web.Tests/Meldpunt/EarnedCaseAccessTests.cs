using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>Nobody reads a case by holding a role: an officer is assigned by another, or takes an unassigned case with a written reason.</summary>
public sealed class EarnedCaseAccessTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Taking_a_case_needs_a_written_reason_which_is_kept_with_the_handler(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiderdorp", "Een medewerker gebruikt de dienstauto voor verhuizingen.");
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiderdorp", "integriteit");

        var refused = await TakeAsync(officer, filed.ReportId, reason: "");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Geef een reden van 10 tot 500 tekens", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReportHandlers.IgnoreQueryFilters().CountAsync(h => h.ReportId == filed.ReportId)));

        Assert.Equal(HttpStatusCode.Redirect, (await TakeAsync(officer, filed.ReportId, "Nieuwe melding, ik heb deze week dienst.")).StatusCode);
        var handler = await app.WithDbAsync(db => db.ReportHandlers.IgnoreQueryFilters().SingleAsync(h => h.ReportId == filed.ReportId));
        Assert.Equal(("Nieuwe melding, ik heb deze week dienst.", (Guid?)null), (handler.Reason, handler.AssignedByUserId));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_second_take_is_refused_in_Dutch_by_the_same_officer_and_by_another(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een medewerker laat vrienden voorgaan bij vergunningen.");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        var url = $"/meldpunt/dossiers/{filed.ReportId}";
        var (_, before) = await iris.GetPageAsync(url);
        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        var (_, deskBefore) = await desk.GetPageAsync(url);
        var take = new Dictionary<string, string> { ["reason"] = "Nieuwe melding, ik heb deze week dienst." };

        Assert.Equal(HttpStatusCode.Redirect, (await iris.SubmitAsync(before, "form[action*='handler=Grant']", take, url, formAction: $"{url}?handler=Take")).StatusCode);
        // The same button pressed again (a second tab, a double click), and a colleague who still had the page open.
        var again = await iris.SubmitAsync(before, "form[action*='handler=Grant']", take, url, formAction: $"{url}?handler=Take");
        var other = await desk.SubmitAsync(deskBefore, "form[action*='handler=Grant']", take, url, formAction: $"{url}?handler=Take");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Je behandelt dit dossier al.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("Dit dossier heeft al een behandelaar", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReportHandlers.IgnoreQueryFilters().CountAsync(h => h.ReportId == filed.ReportId)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_gemeentesecretaris_cannot_take_or_open_a_case_where_the_code_does_not_give_them_the_decision(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var text = $"Een teamleider rekent privéreizen af als dienstreis {Guid.NewGuid():N}.";
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", text);
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync("leiden", "secretaris");
        var url = $"/meldpunt/dossiers/{filed.ReportId}";
        var (response, page) = await sander.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("form[action*='handler=Grant']"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var reason = "Ik wil meekijken als gemeentesecretaris.";

        foreach (var handler in new[] { "Take", "Grant" })
        {
            var posted = await sander.Http.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = reason }));
            var body = await posted.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.DoesNotContain(text, body, StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.ReportHandlers.IgnoreQueryFilters().CountAsync(h => h.ReportId == filed.ReportId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AccessGrants.IgnoreQueryFilters().CountAsync(g => g.ReportId == filed.ReportId)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_coordinator_assigns_a_handler_who_is_not_involved_and_the_trail_names_the_coordinator(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        // 1004 is Iris Integriteit: she may not be given this case by anyone.
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "De coördinator zelf neemt geschenken aan.", involved: "1004");
        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        var url = $"/meldpunt/dossiers/{filed.ReportId}";
        var (_, page) = await desk.GetPageAsync(url);
        var iris = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "integriteit@leiden"));
        Assert.Null(page.QuerySelector($"select[name=handler] option[value='{iris.Id}']"));

        // Posted by hand: the page offers nobody to assign here.
        var refused = await desk.SubmitAsync(page, "form[action*='handler=Grant']", new Dictionary<string, string> { ["handler"] = iris.Id.ToString() }, url, formAction: $"{url}?handler=Assign");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kies een integriteitscoördinator uit de lijst.", (await Declarations.DeclarationSteps.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReportHandlers.IgnoreQueryFilters().CountAsync(h => h.ReportId == filed.ReportId)));

        var other = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een inkoper krijgt korting bij een leverancier.");
        var otherUrl = $"/meldpunt/dossiers/{other.ReportId}";
        var (_, otherPage) = await desk.GetPageAsync(otherUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await desk.SubmitAsync(otherPage, "form[action*='handler=Assign']", new Dictionary<string, string> { ["handler"] = iris.Id.ToString() }, otherUrl)).StatusCode);

        var handler = await app.WithDbAsync(db => db.ReportHandlers.IgnoreQueryFilters().SingleAsync(h => h.ReportId == other.ReportId));
        var deskUser = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "meldpunt@leidse-regio"));
        Assert.Equal((iris.Id, (Guid?)deskUser.Id), (handler.UserId, handler.AssignedByUserId));
        var created = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "ReportHandler" && a.EntityId == handler.Id.ToString()));
        Assert.Equal(deskUser.DisplayName, created.ActorName);
        using var irisClient = app.CreateLoketClient();
        await irisClient.LoginAsDemoAsync("leiden", "integriteit");
        Assert.Contains("Een inkoper krijgt korting", (await PageAsync(irisClient, otherUrl)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
