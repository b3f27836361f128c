using System.Net;
using Loket.Web.AnnualReport;
using Loket.Web.AnnualReport.Suppression;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>
/// Issue 18.4: confidants hand over frozen figures, the coordinator's text is versioned, another coordinator
/// adopts (four eyes), the adopted report is frozen with its hash in the audit trail and recounts the same,
/// the gemeentesecretaris reads it, the auditor sees aggregates, and nobody else gets in.
/// </summary>
public sealed class ChainTests
{
    private const string Leiden = "leiden";

    [Theory, OnSqlite, OnPostgres]
    public async Task From_the_confidants_handover_to_the_adopted_report_that_the_secretary_reads(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        await ReportFixture.CreateAsync(app, Leiden);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == "secretaris@leiden")).Email = "secretaris.leiden@example.org";
            return await db.SaveChangesAsync();
        });
        var contributionsBefore = await app.WithDbAsync(db => db.ContactContributions.IgnoreQueryFilters().CountAsync());

        // The confidant's handover of 2026 was made by the fixture; a second one for that year is refused, a new contact changes nothing.
        using var confidant = await LoginAsync(app, "vertrouwenspersoon@leiden");
        var again = await confidant.PostFormAsync("/vertrouwenspersoon/overdragen", "main form[method=post]", new Dictionary<string, string> { ["Year"] = "2026" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("al overgedragen", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var handed = await confidant.PostFormAsync("/vertrouwenspersoon/overdragen", "main form[method=post]", new Dictionary<string, string> { ["Year"] = "2025" });
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
        Assert.Equal(contributionsBefore + 1, await app.WithDbAsync(db => db.ContactContributions.IgnoreQueryFilters().CountAsync()));

        // The secretary sees nothing before adoption; the coordinator sees the draft with the handed-over 9 contacts, not the 10 registered.
        using var secretary = await LoginAsync(app, "secretaris@leiden");
        var (_, before) = await secretary.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Contains("nog niet vastgesteld", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("table"));
        using var iris = await LoginAsync(app, "integriteit@leiden");
        var (draftPage, draft) = await iris.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Equal(HttpStatusCode.OK, draftPage.StatusCode);
        Assert.Contains("Concept, nog zonder eigen tekst", draft.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(draft.QuerySelector("#tabel-contacten-onderwerp"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var tenant = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == Leiden).Select(t => t.Id).SingleAsync());
            var counted = await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().CountedAsync(tenant, 2026);
            Assert.Equal(9m, counted.Tables.Single(t => t.Key == Rows.Tables.ContactThemes).Rows.Single(r => r.IsTotal).Cells[2].Value);
        }


        // A name in the text is refused; two saves make two versions; the writer may not adopt her own text.
        var named = await iris.SubmitAsync(draft, "form[action*='handler=Save']", Texts("Fixture Thesaurier 1 heeft ons geholpen."));
        Assert.Contains("bevat een naam", await named.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await iris.SubmitAsync(draft, "form[action*='handler=Save']", Texts("Eerste versie."))).StatusCode);
        var (_, saved) = await iris.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Equal(HttpStatusCode.Redirect, (await iris.SubmitAsync(saved, "form[action*='handler=Save']", Texts("Tweede versie: meer meldingen dan vorig jaar."))).StatusCode);
        var (_, mine) = await iris.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Null(mine.QuerySelector("form[action*='handler=Adopt']"));
        var own = await iris.Http.PostAsync("/jaarverslag?jaar=2026&handler=Adopt", Form(mine, ("SeenVersion", "2")));
        Assert.Contains("vier ogen", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The desk's officer, a coordinator of Leiden too, adopts version 2.
        using var daan = await LoginAsync(app, "meldpunt@leidse-regio");
        var (_, toAdopt) = await daan.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Equal(HttpStatusCode.Redirect, (await daan.SubmitAsync(toAdopt, "form[action*='handler=Adopt']", new Dictionary<string, string>())).StatusCode);

        var (adopted, tenantId) = await app.WithDbAsync(async db => (await db.AdoptedReports.IgnoreQueryFilters().SingleAsync(), (await db.Tenants.SingleAsync(t => t.Slug == Leiden)).Id));
        Assert.Equal((2026, 2, adopted.Sha256), (adopted.Year, adopted.DraftVersion, AdoptedReport.Hash(adopted.Document)));
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "Vastgesteld").Select(e => new { e.Summary, e.TenantId }).SingleAsync());
        Assert.Equal(tenantId, trail.TenantId);
        Assert.Contains(adopted.Sha256, trail.Summary, StringComparison.Ordinal);
        var document = adopted.Read();
        Assert.StartsWith("Vastgesteld op", document.Status, StringComparison.Ordinal);
        Assert.Equal("Tweede versie: meer meldingen dan vorig jaar.", document.Texts.Single(t => t.Key == "ontwikkelingen").Body);

        // Recounted from the data, the frozen report has the same numbers; the frozen one no longer changes.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(ReportChain.SameFigures(document, await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().MunicipalityAsync(tenantId, 2026)));
        }

        var (_, check) = await iris.GetPageAsync("/jaarverslag?jaar=2026&controle=true");
        Assert.Contains("alle cijfers zijn gelijk", check.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("al vastgesteld", await (await iris.Http.PostAsync("/jaarverslag?jaar=2026&handler=Save", Form(check, ("Texts[0]", "Later")))).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The secretary was told and reads it; the auditor reads it too, with no link to any case.
        var told = Assert.Single(smtp.Messages, m => m.Subject == "Het integriteitsjaarverslag is vastgesteld");
        Assert.Equal("secretaris.leiden@example.org", told.To.Mailboxes.Single().Address);
        var (_, read) = await secretary.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Contains(adopted.Sha256, read.Body!.TextContent, StringComparison.Ordinal);
        using var auditor = await LoginAsync(app, "auditor@leiden");
        var (auditPage, audit) = await auditor.GetPageAsync("/jaarverslag?jaar=2026");
        Assert.Equal(HttpStatusCode.OK, auditPage.StatusCode);
        Assert.Empty(audit.QuerySelectorAll("main a[href*='/meldpunt/dossiers']"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_report_names_nobody_and_no_case_and_gives_no_hidden_count_back(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        await ReportFixture.CreateAsync(app, Leiden);
        var (names, references, desk) = await app.WithDbAsync(async db => (
            await db.Employees.IgnoreQueryFilters().Select(e => e.Name).ToListAsync(),
            await db.Reports.IgnoreQueryFilters().Select(r => r.Reference).ToListAsync(),
            await db.Tenants.Where(t => t.Slug == Leiden).Select(t => t.DeskId).SingleAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().DeskAsync(desk, 2026);
        var text = System.Text.Json.JsonSerializer.Serialize(published, AdoptedReport.Json);

        Assert.Equal(3, published.Count);
        Assert.DoesNotContain(names, n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => text.Contains(r, StringComparison.Ordinal));
        Assert.Empty(Recovery.Attempt(published));
        Assert.Contains(published[0].Sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => c.Suppressed);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_the_readers_of_the_report_get_in_each_in_their_own_municipality_and_the_desk_set_only_for_who_reads_all_of_it(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        foreach (var (user, status) in new[] { ("medewerker@leiden", HttpStatusCode.Forbidden), ("vertrouwenspersoon@leiden", HttpStatusCode.Forbidden),
            ("hr@leiden", HttpStatusCode.Forbidden), ("beheerder@leiden", HttpStatusCode.Forbidden), ("integriteit@leiden", HttpStatusCode.OK),
            ("secretaris@leiden", HttpStatusCode.OK), ("auditor@leiden", HttpStatusCode.OK) })
        {
            using var client = await LoginAsync(app, user);
            Assert.Equal((user, status), (user, (await client.Http.GetAsync("/jaarverslag")).StatusCode));
        }

        using var leiden = await LoginAsync(app, "integriteit@leiden");
        Assert.Equal(HttpStatusCode.NotFound, (await leiden.Http.GetAsync("/jaarverslag/meldpunt")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leiden.Http.GetAsync("/vertrouwenspersoon/overdragen")).StatusCode);
        using var desk = await LoginAsync(app, "meldpunt@leidse-regio");
        var (deskPage, deskSet) = await desk.GetPageAsync("/jaarverslag/meldpunt");
        Assert.Equal(HttpStatusCode.OK, deskPage.StatusCode);
        Assert.Equal(["Meldpunt integriteit Leidse regio (het meldpunt als geheel)", "Gemeente Leiden", "Gemeente Leiderdorp"],
            deskSet.QuerySelectorAll("main section[aria-labelledby^=document-] > h2").Select(h => h.TextContent.Trim()));

        // Alphen's coordinator reads Alphen's report only: its own desk serves no one else.
        using var alphen = await LoginAsync(app, "integriteit@alphen-aan-den-rijn", "alphen-aan-den-rijn");
        var (_, own) = await alphen.GetPageAsync("/jaarverslag");
        Assert.Contains("Gemeente Alphen aan den Rijn", own.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemeente Leiden", own.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await alphen.Http.GetAsync("/jaarverslag/meldpunt")).StatusCode);
    }

    private static async Task<LoketClient> LoginAsync(LoketApp app, string userName, string tenant = Leiden)
    {
        var client = app.CreateLoketClient();
        var response = await client.LoginAsync(tenant, userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static Dictionary<string, string> Texts(string developments) =>
        new() { ["Texts[0]"] = developments, ["Texts[1]"] = "Het beleid werkt.", ["Texts[2]"] = "Meer voorlichting." };

    private static FormUrlEncodedContent Form(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
}
