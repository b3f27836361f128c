using System.Net;
using System.Text;
using Loket.Web.Meldpunt.Redaction;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;
using static Loket.Web.Tests.Meldpunt.Redaction.CopySteps;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>
/// Only those who may read a case make and read its copies: not someone named in it, not another
/// municipality, not a desk member who has not opened it, not other roles, not the reporter. And a
/// file the loket cannot redact safely is refused with the reason, never copied.
/// </summary>
public sealed class CopyAccessTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Only_those_who_may_read_the_case_make_or_read_its_copies(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        // 1004 is Iris Integriteit, the integrity officer of Leiden: named, she must not find the case or its copies.
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "De integriteitscoördinator neemt geschenken aan van een leverancier.", involved: "1004");
        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        await TakeAsync(desk, filed.ReportId);
        var copyId = await MakeAsync(app, desk, filed.ReportId, ForThePolice());
        var urls = new[]
        {
            $"/meldpunt/dossiers/{filed.ReportId}/kopieen",
            NewUrl(filed.ReportId),
            $"/meldpunt/dossiers/{filed.ReportId}/kopieen?handler=Pdf&copy={copyId}",
            $"/meldpunt/dossiers/{filed.ReportId}/kopieen?handler=Text&copy={copyId}",
        };

        using var named = app.CreateLoketClient();
        await named.LoginAsDemoAsync("leiden", "integriteit");
        using var elsewhere = app.CreateLoketClient();
        await elsewhere.LoginAsDemoAsync("leiderdorp", "integriteit");
        // The gemeentesecretaris works at the desk (CaseWork) but has not opened this case.
        using var notOpened = app.CreateLoketClient();
        await notOpened.LoginAsDemoAsync("leiden", "secretaris");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");

        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await desk.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await named.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await notOpened.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await hr.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync(url)).StatusCode);
            // The reporter holds the inbox cookie, not an account: sent to the login page, never shown a copy.
            var asReporter = await reporter.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, asReporter.StatusCode);
            Assert.StartsWith("/inloggen", asReporter.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        // A copy asked for under another case's address is not found there.
        using var other = app.CreateLoketClient();
        var second = await ReportAnonymouslyAsync(app, other, "leiden", "Een tweede melding over iets anders.");
        await TakeAsync(desk, second.ReportId);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Http.GetAsync($"/meldpunt/dossiers/{second.ReportId}/kopieen?handler=Pdf&copy={copyId}")).StatusCode);

        // Nor can a desk member who has not opened the case make one by posting.
        // (with the antiforgery token of a form they do see: the sign-out button on every page).
        var casePage = await PageAsync(notOpened, $"/meldpunt/dossiers/{filed.ReportId}");
        var posted = await notOpened.SubmitAsync(casePage, "form[action='/uitloggen']", new Dictionary<string, string>(ForThePolice()) { ["stap"] = "maken" },
            formAction: NewUrl(filed.ReportId));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<RedactedCopy>().IgnoreQueryFilters().CountAsync(c => c.ReportId == filed.ReportId)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_pdf_from_the_reporter_is_refused_with_the_reason_and_a_text_file_is_copied_under_a_name_of_its_own(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Bewijs volgt als bijlage.");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
        await SendFileAsync(reporter, "De scan.", "scan.pdf", pdf);
        await SendFileAsync(reporter, "Het verslag.", "verslag van Hanna Hendriks.txt", Encoding.UTF8.GetBytes("Hanna Hendriks zag het. Mail hanna@example.nl.\r\nDaarna niets."));
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);

        var list = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}/kopieen");
        Assert.Contains("Van een PDF maakt het loket geen weggelakte kopie", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var files = await app.WithDbAsync(db => db.CaseEntries.IgnoreQueryFilters().Where(e => e.ReportId == filed.ReportId && e.SealedFile != null).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync());
        var refused = await PageAsync(officer, NewUrl(filed.ReportId, $"bron=EntryFile&stuk={files[0]}"));
        Assert.Contains("verborgen lagen", refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("main form[method=post]"));

        var copyId = await MakeAsync(app, officer, filed.ReportId, ForThePolice(), $"bron=EntryFile&stuk={files[1]}");
        var text = Encoding.UTF8.GetString(await DownloadAsync(officer, filed.ReportId, copyId, "Text"));
        Assert.Contains("zag het.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hanna", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hanna@", text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<RedactedCopy>().IgnoreQueryFilters().CountAsync(c => c.ReportId == filed.ReportId)));
    }

    private static async Task SendFileAsync(LoketClient reporter, string text, string fileName, byte[] content)
    {
        var (_, page) = await reporter.GetPageAsync("/melden/inbox");
        var sent = await reporter.SubmitAsync(page, "form[action*='handler=Message']", new Dictionary<string, string> { ["text"] = text }, "/melden/inbox",
            [new LoketClient.Upload("file", fileName, content)]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }
}
