using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>Files a reporter sends from the inbox: checked like every upload, within quotas, never filling the disk.</summary>
public sealed class ReporterFileTests
{
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    [Theory, OnSqlite, OnPostgres]
    public async Task An_exe_with_a_right_to_left_override_that_reads_as_a_pdf_is_refused(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Facturen worden dubbel betaald.");

        // On screen "factuur\u202Efdp.exe" reads "factuurexe.pdf".
        var response = await SendAsync(reporter, "Zie de factuur.", "factuur\u202Efdp.exe", Exe, "application/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#foutmeldingen")!.TextContent;
        Assert.Contains("'factuurfdp.exe' is geen PDF, afbeelding", errors, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', errors);
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseEntries.IgnoreQueryFilters().CountAsync(e => e.ReportId == filed.ReportId && e.Kind == EntryKind.MessageFromReporter)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_real_document_reaches_the_desk_with_a_name_cleaned_of_bidi_and_control_characters_and_its_true_extension(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een bewijsstuk volgt.");

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
        var response = await SendAsync(reporter, "Hier is het bewijs.", "bewijs\u202Efdp\u200B\u0007.exe", pdf, "application/octet-stream");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var text = await SendAsync(reporter, "En de mail.", "mail van de wethouder.eml", Encoding.UTF8.GetBytes("From: a@b.nl\r\nSubject: afspraak\r\n\r\nZullen we het zo regelen?\r\n"), "message/rfc822");
        Assert.Equal(HttpStatusCode.Redirect, text.StatusCode);

        var names = await FileNamesAsync(app, filed.ReportId);
        Assert.Equal(["bewijsfdp.exe.pdf", "mail van de wethouder.eml.txt"], names);
    }

    [Fact]
    public async Task Files_are_held_to_a_quota_per_case_and_per_municipality_per_day()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>
        {
            ["Meldpunt:CaseFileQuotaMegabytes"] = "1",
            ["Meldpunt:MunicipalityFileQuotaMegabytesPerDay"] = "2",
        });
        var pdf = Pdf(600 * 1024);

        using var first = app.CreateLoketClient();
        var one = await ReportAnonymouslyAsync(app, first, "leiderdorp", "Eerste melding.");
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(first, "Bestand 1", "a.pdf", pdf)).StatusCode);
        var overCase = await SendAsync(first, "Bestand 2", "b.pdf", pdf);
        Assert.Equal(HttpStatusCode.OK, overCase.StatusCode);
        Assert.Contains("Bij deze melding kun je samen hoogstens 1 MB aan bestanden sturen", await overCase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await FileNamesAsync(app, one.ReportId));

        // Other cases of the same municipality fill its day's quota of 2 MB; then it takes no more today.
        foreach (var i in new[] { 2, 3 })
        {
            using var other = app.CreateLoketClient();
            await ReportAnonymouslyAsync(app, other, "leiderdorp", $"Melding {i}.");
            Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(other, "Bestand", "c.pdf", pdf)).StatusCode);
        }

        using var fourth = app.CreateLoketClient();
        var four = await ReportAnonymouslyAsync(app, fourth, "leiderdorp", "Vierde melding.");
        var overMunicipality = await SendAsync(fourth, "Bestand", "d.pdf", pdf);
        Assert.Contains("Het meldpunt van deze gemeente heeft vandaag al zoveel bestanden ontvangen", await overMunicipality.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await FileNamesAsync(app, four.ReportId));

        // Another municipality is not affected, and the next day this one takes files again.
        using var elsewhere = app.CreateLoketClient();
        await ReportAnonymouslyAsync(app, elsewhere, "leiden", "Elders.");
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(elsewhere, "Bestand", "e.pdf", pdf)).StatusCode);
        app.Time.Advance(TimeSpan.FromDays(1));
        await OpenInboxAsync(fourth, four.Code);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(fourth, "Bestand", "d.pdf", pdf)).StatusCode);
    }

    [Fact]
    public async Task One_address_may_send_only_so_many_megabytes_an_hour()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Meldpunt:UploadMegabytesPerAddressPerHour"] = "2" });
        using var reporter = app.CreateLoketClient("192.0.2.50");
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Veel bewijs.");
        var pdf = Pdf(600 * 1024);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(reporter, "1", "a.pdf", pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(reporter, "2", "b.pdf", pdf)).StatusCode);

        var refused = await SendAsync(reporter, "3", "c.pdf", pdf);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Matches("Te veel bestanden verstuurd\\. Probeer het over [0-9]+ minuten opnieuw\\.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(2, (await FileNamesAsync(app, filed.ReportId)).Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_oversized_request_is_refused_cleanly_and_nothing_is_stored(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "alphen-aan-den-rijn", "Een te grote bijlage.");

        var response = await SendAsync(reporter, "Groot", "groot.pdf", Pdf(13 * 1024 * 1024));
        // The form reader stops at the limit; the antiforgery check that reads it first answers 400, the page 413.
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
        Assert.Contains("een bestand bij je melding is hoogstens 10 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.CaseEntries.IgnoreQueryFilters().Where(e => e.ReportId == filed.ReportId && e.Kind == EntryKind.MessageFromReporter).ToListAsync()));
    }

    private static byte[] Pdf(int size)
    {
        var content = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(content, 0);
        return content;
    }

    private static async Task<HttpResponseMessage> SendAsync(LoketClient reporter, string text, string fileName, byte[] content, string contentType = "application/pdf")
    {
        var (_, page) = await reporter.GetPageAsync("/melden/inbox");
        return await reporter.SubmitAsync(page, "form[action*='handler=Message']", new Dictionary<string, string> { ["text"] = text }, "/melden/inbox",
            [new LoketClient.Upload("file", fileName, content, contentType)]);
    }

    private static Task<List<string>> FileNamesAsync(LoketApp app, Guid reportId) => app.WithDbAsync(async db =>
    {
        var crypto = app.Services.GetRequiredService<CaseCrypto>();
        var report = await db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == reportId);
        var entries = await db.CaseEntries.IgnoreQueryFilters().Where(e => e.ReportId == reportId && e.SealedFile != null).OrderBy(e => e.At).ToListAsync();
        return entries.Select(e => crypto.FileName(report, e)!).ToList();
    });
}
