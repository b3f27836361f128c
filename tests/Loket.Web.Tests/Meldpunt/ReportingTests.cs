using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ReportingTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_anonymous_reporter_reads_the_officers_reply_with_the_receipt_code(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een collega neemt cadeaubonnen aan van een aannemer.");

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var dashboard = await PageAsync(officer, "/meldpunt/dossiers");
        Assert.NotNull(dashboard.QuerySelector($"a[href='/meldpunt/dossiers/{filed.ReportId}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await TakeAsync(officer, filed.ReportId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, filed.ReportId, "Acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, filed.ReportId, "Reply", new() { ["reply"] = "Dank u. Kunt u zeggen om welke aannemer het gaat?" })).StatusCode);
        var casePage = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Contains("cadeaubonnen", casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Another day, another browser: only the code.
        using var later = app.CreateLoketClient();
        var opened = await OpenInboxAsync(later, filed.Code);
        Assert.Equal("/melden/inbox", opened.Headers.Location?.OriginalString);
        var inbox = await PageAsync(later, "/melden/inbox");
        var text = inbox.QuerySelector("main")!.TextContent;
        Assert.Contains("Kunt u zeggen om welke aannemer het gaat?", text, StringComparison.Ordinal);
        Assert.Contains("Ontvangst bevestigd", text, StringComparison.Ordinal);

        var message = await later.SubmitAsync(inbox, "form[action*='handler=Message']", new Dictionary<string, string> { ["text"] = "Bouwbedrijf De Vries." }, "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, message.StatusCode);
        casePage = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Contains("Bouwbedrijf De Vries.", casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var reads = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Read" && a.Entity == nameof(Report) && a.EntityId == filed.ReportId.ToString()).ToListAsync());
        Assert.Contains(reads, r => r.ActorName == "anonieme melder" && r.ActorUserId == null);
        Assert.Contains(reads, r => r.ActorUserId != null);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_officer_who_is_not_assigned_sees_no_content_until_giving_a_reason(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiderdorp", "De afdelingsauto wordt privé gebruikt in het weekend.", category: nameof(ReportCategory.MisuseOfResources));

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiderdorp", "integriteit");
        var before = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.DoesNotContain("afdelingsauto", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("form[action*='handler=Acknowledge']"));
        var token = before.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await officer.Http.PostAsync($"/meldpunt/dossiers/{filed.ReportId}?handler=Acknowledge", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);

        var tooShort = await CaseActionAsync(officer, filed.ReportId, "Grant", new() { ["reason"] = "kijken" });
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        await CaseActionAsync(officer, filed.ReportId, "Grant", new() { ["reason"] = "Vervanging van de behandelaar tijdens verlof" });
        var after = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Contains("afdelingsauto", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var grant = await app.WithDbAsync(db => db.AccessGrants.IgnoreQueryFilters().SingleAsync(g => g.ReportId == filed.ReportId));
        Assert.Equal("Vervanging van de behandelaar tijdens verlof", grant.Reason);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_shared_desk_sees_cases_of_both_municipalities_it_serves(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var leiden = await ReportAnonymouslyAsync(app, reporter, "leiden", "Informatie uit de vergadering is naar een projectontwikkelaar gelekt.", category: nameof(ReportCategory.MisuseOfInformation));
        using var second = app.CreateLoketClient();
        var leiderdorp = await ReportAnonymouslyAsync(app, second, "leiderdorp", "Een ambtenaar beoordeelt de vergunning van zijn zwager.", category: nameof(ReportCategory.ConflictOfInterest));
        using var third = app.CreateLoketClient();
        var alphen = await ReportAnonymouslyAsync(app, third, "alphen-aan-den-rijn", "Een medewerker verkoopt materiaal van de gemeente.");

        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        var text = (await PageAsync(desk, "/meldpunt/dossiers")).QuerySelector("main")!.TextContent;

        Assert.Contains(leiden.Reference, text, StringComparison.Ordinal);
        Assert.Contains(leiderdorp.Reference, text, StringComparison.Ordinal);
        Assert.DoesNotContain(alphen.Reference, text, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_named_report_is_followed_under_my_reports_and_retaliation_is_linked_with_priority(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");
        var posted = await employee.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Mode"] = "naam",
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.Wrongdoing),
            ["Input.Text"] = "Asbest in het archief wordt niet gemeld.",
        });
        Assert.Equal("/melden/mijn", posted.Headers.Location?.OriginalString);
        var mine = await PageAsync(employee, "/melden/mijn");
        var link = mine.QuerySelector("main a[href^='/melden/inbox?melding=']")!.GetAttribute("href")!;

        var inbox = await PageAsync(employee, link);
        var retaliation = await employee.SubmitAsync(inbox, "form[action*='handler=Retaliation']", new Dictionary<string, string> { ["retaliation"] = "Mijn tijdelijke contract wordt niet verlengd." }, link);
        Assert.Equal(HttpStatusCode.Redirect, retaliation.StatusCode);

        var reportId = Guid.Parse(link.Split('=')[1]);
        var linked = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.RelatedReportId == reportId));
        Assert.True(linked.HighPriority);
        Assert.Equal(ReportCategory.Retaliation, linked.Category);
        Assert.Contains("Benadeling na een melding", (await PageAsync(employee, link)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite]
    public async Task A_report_without_text_re_renders_with_everything_typed_kept(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var response = await reporter.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.InvolvedNames"] = "Jan Jansen",
            ["Input.Text"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Beschrijf wat je hebt gezien of meegemaakt.", html, StringComparison.Ordinal);
        Assert.Contains("Jan Jansen", html, StringComparison.Ordinal);
    }
}
