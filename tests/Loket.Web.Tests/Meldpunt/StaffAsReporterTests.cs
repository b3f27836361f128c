using System.Net;
using AngleSharp.Html.Parser;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>Staff see the code of an oral report or a confidant's filing; they never act with it as the reporter.</summary>
public sealed class StaffAsReporterTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_officer_signed_in_cannot_open_the_inbox_of_an_oral_report_with_the_code_she_saw(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var (code, reportId) = await RecordOralReportAsync(app, officer);

        var tried = await OpenInboxAsync(officer, code);
        Assert.Equal(HttpStatusCode.Forbidden, tried.StatusCode);
        Assert.Contains("Met een ontvangstcode handelt alleen de melder zelf", await tried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == reportId));
        Assert.True(report.ReceiptIsHandover);
        Assert.Null(report.HandoverExchangedAt);

        // The reporter still gets in with it, and gets a code of their own.
        using var reporter = app.CreateLoketClient();
        Assert.NotNull(await ExchangeAsync(reporter, code));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_confidant_signed_in_cannot_give_consent_with_the_code_of_the_report_she_filed(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");
        var response = await confidant.PostFormAsync("/vertrouwenspersoon/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Input.Text"] = "Een afdelingshoofd scheldt medewerkers uit.",
            ["Reporter.Name"] = "Karin Klokkenluider",
            ["Medium"] = "Oral",
            ["ReachedOn"] = "1-1-2020",
        });
        var filed = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var code = ReceiptCodes.Normalize(filed.QuerySelector("[data-receipt-code]")!.TextContent)!;
        var reference = filed.QuerySelector("main p")!.TextContent.Split(' ')[1];

        Assert.Contains("overdrachtscode nog niet gebruikt", await ConfidantRowAsync(confidant, reference), StringComparison.Ordinal);
        var tried = await OpenInboxAsync(confidant, code);
        Assert.Equal(HttpStatusCode.Forbidden, tried.StatusCode);
        Assert.Contains("Met een ontvangstcode handelt alleen de melder zelf", await tried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Het meldpunt mag mijn naam zien", await (await confidant.Http.GetAsync("/melden/inbox")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Reference == reference));
        Assert.True(report.ReceiptIsHandover);
        Assert.False(await app.WithDbAsync(db => db.ReporterIdentities.IgnoreQueryFilters().Where(v => v.ReportId == report.Id).Select(v => v.ConsentToDesk).SingleAsync()));

        // The reporter exchanges the code and consents; then the confidant, signed in, still cannot act with the new code.
        using var reporter = app.CreateLoketClient();
        var own = await ExchangeAsync(reporter, code);
        var inbox = await PageAsync(reporter, "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, (await reporter.SubmitAsync(inbox, "form[action*='handler=Consent']", new Dictionary<string, string>(), "/melden/inbox")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ReporterIdentities.IgnoreQueryFilters().Where(v => v.ReportId == report.Id).Select(v => v.ConsentToDesk).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await OpenInboxAsync(confidant, own!)).StatusCode);
        Assert.Contains("eigen code sinds", await ConfidantRowAsync(confidant, reference), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Once_the_reporter_has_a_code_of_their_own_the_officer_in_a_private_window_gets_nothing_with_the_code_she_saw(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var (code, reportId) = await RecordOralReportAsync(app, officer);

        using var reporter = app.CreateLoketClient();
        var own = await ExchangeAsync(reporter, code);
        Assert.NotNull(own);
        Assert.NotEqual(code, own);

        // Not signed in, a fresh browser: the code she saw is spent, and says so.
        using var privateWindow = app.CreateLoketClient();
        var tried = await OpenInboxAsync(privateWindow, code);
        Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        Assert.Contains("Deze overdrachtscode is al ingewisseld", await tried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var inbox = await PageAsync(privateWindow, "/melden/inbox");
        Assert.Null(inbox.QuerySelector("form[action*='handler=Confirm']"));

        // The reporter confirms with their own code, and the audit says the reporter did.
        var page = await PageAsync(reporter, "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, (await reporter.SubmitAsync(page, "form[action*='handler=Confirm']", new Dictionary<string, string>(), "/melden/inbox")).StatusCode);
        var transcript = await app.WithDbAsync(db => db.CaseEntries.IgnoreQueryFilters().SingleAsync(e => e.ReportId == reportId && e.Kind == EntryKind.Transcript));
        Assert.NotNull(transcript.ConfirmedAt);
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == reportId.ToString() || a.EntityId == transcript.Id.ToString()).ToListAsync());
        Assert.Contains(trail, a => a.EntityId == reportId.ToString() && a.ActorName == "houder van een overdrachtscode" && a.ActorUserId == null);
        Assert.Contains(trail, a => a.EntityId == transcript.Id.ToString() && a.Action != "Read" && a.ActorName == "anonieme melder");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_officer_who_uses_the_code_first_in_a_private_window_cannot_confirm_with_it_and_the_reporter_finds_out(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var (code, reportId) = await RecordOralReportAsync(app, officer);

        // The handover code alone opens no inbox: no transcript to read, no confirm or consent button.
        using var privateWindow = app.CreateLoketClient();
        var (opened, page) = await SubmitCodeAsync(privateWindow, code);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-own-code]"));
        Assert.Null(page.QuerySelector("form[action*='handler=Confirm']"));
        Assert.DoesNotContain("dubbele facturen", page.Body!.TextContent, StringComparison.Ordinal);

        // Whoever used it, the reporter cannot be impersonated silently: the code is dead and says since when.
        using var reporter = app.CreateLoketClient();
        var tried = await OpenInboxAsync(reporter, code);
        Assert.Contains("Deze overdrachtscode is al ingewisseld", await tried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == reportId.ToString() && a.Action == "Modified").ToListAsync());
        Assert.Contains(trail, a => a.ActorName == "houder van een overdrachtscode");
        Assert.DoesNotContain(trail, a => a.ActorName == "anonieme melder");
    }

    private static async Task<string> ConfidantRowAsync(LoketClient confidant, string reference) =>
        (await PageAsync(confidant, "/vertrouwenspersoon")).QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(reference, StringComparison.Ordinal)).TextContent;

    private static async Task<(string Code, Guid ReportId)> RecordOralReportAsync(LoketApp app, LoketClient officer)
    {
        var response = await officer.PostFormAsync("/meldpunt/mondeling", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = "Telefonische melding over facturen.",
            ["Transcript"] = "De melder zag dubbele facturen van een schoonmaakbedrijf.",
        });
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var code = ReceiptCodes.Normalize(page.QuerySelector("[data-receipt-code]")!.TextContent)!;
        var id = Guid.Parse(page.QuerySelector("a[href^='/meldpunt/dossiers/']")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.True(await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().AnyAsync(r => r.Id == id && r.ReceiptIsHandover)));
        return (code, id);
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> SubmitCodeAsync(LoketClient client, string code)
    {
        var response = await OpenInboxAsync(client, code);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The reporter opens the inbox with the handover code and gets their own code, shown once.</summary>
    private static async Task<string?> ExchangeAsync(LoketClient reporter, string handover)
    {
        var (response, page) = await SubmitCodeAsync(reporter, handover);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ReceiptCodes.Normalize(page.QuerySelector("[data-own-code]")?.TextContent);
    }
}
