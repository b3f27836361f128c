using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ChannelTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_confidant_files_on_behalf_and_only_the_confidant_sees_who_reported(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");
        var response = await confidant.PostFormAsync("/vertrouwenspersoon/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Input.Text"] = "Een teamleider intimideert stagiairs.",
            ["Reporter.Name"] = "Piet Klokkenluider",
            ["Medium"] = "Oral",
            ["ReachedOn"] = "1-1-2020",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var code = ReceiptCodes.Normalize(page.QuerySelector("[data-receipt-code]")!.TextContent)!;
        Assert.Contains("Piet Klokkenluider", (await PageAsync(confidant, "/vertrouwenspersoon")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The code the confidant handed over opens the inbox once, exchanged for the reporter's own code.
        using var reporter = app.CreateLoketClient();
        var exchanged = await OpenInboxAsync(reporter, code);
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        Assert.Contains("Je eigen ontvangstcode", await exchanged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reference = (await PageAsync(reporter, "/melden/inbox")).QuerySelector("h1")!.TextContent.Split(' ')[^1];
        var reportId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, reportId);
        var casePage = (await PageAsync(officer, $"/meldpunt/dossiers/{reportId}")).QuerySelector("main")!.TextContent;
        Assert.Contains("intimideert stagiairs", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet Klokkenluider", casePage, StringComparison.Ordinal);
        Assert.Contains("Bekend bij de vertrouwenspersoon", casePage, StringComparison.Ordinal);

        // Later the reporter consents, with the code: now the desk may see the name.
        var inbox = await PageAsync(reporter, "/melden/inbox");
        await reporter.SubmitAsync(inbox, "form[action*='handler=Consent']", new Dictionary<string, string>(), "/melden/inbox");
        Assert.Contains("Piet Klokkenluider", (await PageAsync(officer, $"/meldpunt/dossiers/{reportId}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_oral_report_is_a_transcript_the_reporter_confirms_with_the_code(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var response = await officer.PostFormAsync("/meldpunt/mondeling", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = "Telefonische melding over facturen.",
            ["Transcript"] = "De melder zag dubbele facturen van een schoonmaakbedrijf.",
        });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var code = ReceiptCodes.Normalize(page.QuerySelector("[data-receipt-code]")?.TextContent)!;
        Assert.NotNull(code);

        using var reporter = app.CreateLoketClient();
        await OpenInboxAsync(reporter, code);
        var inbox = await PageAsync(reporter, "/melden/inbox");
        Assert.Contains("dubbele facturen", inbox.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var confirmed = await reporter.SubmitAsync(inbox, "form[action*='handler=Confirm']", new Dictionary<string, string>(), "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var reference = inbox.QuerySelector("h1")!.TextContent.Split(' ')[^1];
        var transcript = await app.WithDbAsync(db => db.CaseEntries.IgnoreQueryFilters()
            .SingleAsync(e => e.Kind == EntryKind.Transcript && db.Reports.IgnoreQueryFilters().Any(r => r.Id == e.ReportId && r.Reference == reference)));
        Assert.NotNull(transcript.ConfirmedAt);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_confidant_registers_contacts_without_names_and_sees_the_annual_figures(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leidschendam-voorburg", "vertrouwenspersoon");
        var response = await confidant.PostFormAsync("/vertrouwenspersoon/contacten", "main form[method=post]", new Dictionary<string, string>
        {
            ["Date"] = "2026-11-20",
            ["Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Route"] = "Phone",
            ["Outcome"] = "ReferredToDesk",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var text = (await PageAsync(confidant, "/vertrouwenspersoon/contacten")).QuerySelector("main")!.TextContent;
        Assert.Contains("Verwezen naar het meldpunt: 1", text, StringComparison.Ordinal);
        Assert.Contains("Ongewenst gedrag: 1", text, StringComparison.Ordinal);
    }
}
