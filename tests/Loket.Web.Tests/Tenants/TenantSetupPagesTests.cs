using System.Net;
using Loket.Web.Tenants;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Tenants;

/// <summary>Who may set up desks and municipalities in the browser, and what the pages refuse.</summary>
public sealed class TenantSetupPagesTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_administrator_who_is_no_installation_operator_cannot_reach_the_installation_pages(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        foreach (var url in new[] { "/installatie", "/installatie/meldpunt/nieuw", "/installatie/gemeente/nieuw", "/installatie/gemeente/leiden/beheerder" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync(url)).StatusCode);
        }

        var post = await admin.Http.PostAsync("/installatie/meldpunt/nieuw", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Slug"] = "stiekem", ["Input.Name"] = "Stiekem meldpunt" }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Desks.AnyAsync(d => d.Slug == "stiekem")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_employee_cannot_reach_the_municipality_details_page(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");

        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync("/beheer/gemeente")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_operator_creates_a_desk_and_a_municipality_and_refusals_are_Dutch_and_keep_what_was_typed(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "beheerder@leiden");
            db.InstallationOperators.Add(new InstallationOperator { UserId = user.Id, GrantedAt = LoketApp.Start });
            return await db.SaveChangesAsync();
        });
        using var operatorClient = app.CreateLoketClient();
        await operatorClient.LoginAsDemoAsync("leiden", "beheerder");

        var desk = await operatorClient.PostFormAsync("/installatie/meldpunt/nieuw", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Meldpunt integriteit Duin- en Bollenstreek",
            ["Input.Slug"] = "duin-en-bollenstreek",
            ["Input.Email"] = "meldpunt@duinbollen.example",
        });
        Assert.Equal("/installatie", desk.Headers.Location?.OriginalString);

        var refused = await operatorClient.PostFormAsync("/installatie/gemeente/nieuw", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Gemeente Katwijk",
            ["Input.Slug"] = "Katwijk aan Zee",
            ["Input.Color"] = "#ffcc00",
            ["Input.DeskSlug"] = "duin-en-bollenstreek",
            ["Input.PolicySlug"] = "katwijk",
        });
        var page = await ParseAsync(refused);
        var summary = string.Join(" ", page.QuerySelector("#foutmeldingen")!.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("mag alleen kleine letters, cijfers en losse streepjes bevatten", summary, StringComparison.Ordinal);
        Assert.Contains("Witte tekst op #ffcc00 heeft een contrast van 1,5:1; dat moet minstens 4,5:1 zijn", summary, StringComparison.Ordinal);
        Assert.Contains("Onbekende gedragscode 'katwijk'. Bekend zijn: alphen-aan-den-rijn, leiden, leiderdorp, leidschendam-voorburg, s-hertogenbosch.", summary, StringComparison.Ordinal);
        Assert.Equal("Katwijk aan Zee", page.QuerySelector("#Input_Slug")!.GetAttribute("value"));
        Assert.Equal("#ffcc00", page.QuerySelector("#Input_Color")!.GetAttribute("value"));
        Assert.Equal("Gemeente Katwijk", page.QuerySelector("#Input_Name")!.GetAttribute("value"));

        var taken = await ParseAsync(await operatorClient.PostFormAsync("/installatie/gemeente/nieuw", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Gemeente Leiden (nog een keer)",
            ["Input.Slug"] = "leiden",
            ["Input.Color"] = "#a4161a",
            ["Input.DeskSlug"] = "duin-en-bollenstreek",
            ["Input.PolicySlug"] = "leiden",
        }));
        Assert.Contains("Er is al een gemeente met de slug 'leiden'", taken.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);

        var created = await operatorClient.PostFormAsync("/installatie/gemeente/nieuw", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Gemeente Katwijk",
            ["Input.Slug"] = "katwijk",
            ["Input.Color"] = "#00558C",
            ["Input.DeskSlug"] = "duin-en-bollenstreek",
            ["Input.PolicySlug"] = "leiden",
        });
        Assert.Equal("/installatie/gemeente/katwijk/beheerder", created.Headers.Location?.OriginalString);
        var katwijk = await app.WithDbAsync(db => db.Tenants.Include(t => t.Desk).SingleAsync(t => t.Slug == "katwijk"));
        Assert.Equal(("#00558c", "leiden", "duin-en-bollenstreek"), (katwijk.PrimaryColor, katwijk.PolicySlug, katwijk.Desk!.Slug));

        var admin = await ParseAsync(await operatorClient.PostFormAsync("/installatie/gemeente/katwijk/beheerder", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Karin Katwijk",
            ["Input.UserName"] = "beheer@katwijk",
        }));
        Assert.Matches("^[a-z2-9]{5}(-[a-z2-9]{5}){3}$", admin.QuerySelector("[data-one-time-password]")!.TextContent);
        var second = await ParseAsync(await operatorClient.PostFormAsync("/installatie/gemeente/katwijk/beheerder", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nog een",
            ["Input.UserName"] = "nogeen@katwijk",
        }));
        Assert.Contains("Gemeente Katwijk heeft al een beheerder", second.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);

        // Every change is in the trail, under the operator's name.
        var ids = new[] { katwijk.Id.ToString(), katwijk.DeskId.ToString() };
        var trail = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => ids.Contains(e.EntityId)).Select(e => new { e.Entity, e.Action, e.ActorName }).ToListAsync());
        Assert.Equal(["Created Desk Bea Beheerder", "Created Tenant Bea Beheerder"], trail.Select(e => $"{e.Action} {e.Entity} {e.ActorName}").Order());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_administrator_of_one_municipality_cannot_change_another_ones_desk_or_confidants(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var leiden = app.CreateLoketClient();
        await leiden.LoginAsDemoAsync("leiden", "beheerder");
        var listed = await leiden.PostFormAsync("/beheer/gemeente", "form[action*='Confidant']", new Dictionary<string, string>
        {
            ["Confidant.Name"] = "Vera de Vries",
            ["Confidant.Phone"] = "06 1234 5678",
        });
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        var confidant = await app.WithDbAsync(db => db.ConfidantListings.IgnoreQueryFilters().SingleAsync());
        using var visitor = app.CreateLoketClient();
        var (_, report) = await visitor.GetPageAsync("/melden");
        var shown = report.QuerySelectorAll("details.loket-contact").ToDictionary(d => d.QuerySelector("summary")!.TextContent.Trim(), d => d.TextContent);
        Assert.True(shown.Count == 5, report.Body!.TextContent);
        Assert.Contains("Vera de Vries, telefoon 06 1234 5678", shown["Gemeente Leiden"], StringComparison.Ordinal);
        Assert.Contains("meldpuntintegriteit@leidse-regio.nl", shown["Gemeente Leiden"], StringComparison.Ordinal);
        Assert.DoesNotContain("Vera de Vries", shown["Gemeente Leiderdorp"], StringComparison.Ordinal);

        using var alphen = app.CreateLoketClient();
        await alphen.LoginAsDemoAsync("alphen-aan-den-rijn", "beheerder");
        var (_, page) = await alphen.GetPageAsync("/beheer/gemeente");
        var removal = await alphen.SubmitAsync(page, "form[action*='Contact']", new Dictionary<string, string>(), "/beheer/gemeente",
            formAction: $"/beheer/gemeente?handler=Remove&id={confidant.Id}");
        var contact = await alphen.SubmitAsync(page, "form[action*='Contact']", new Dictionary<string, string> { ["Contact.Phone"] = "0172 000 000" }, "/beheer/gemeente");

        Assert.Equal(HttpStatusCode.NotFound, removal.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ConfidantListings.IgnoreQueryFilters().AnyAsync(c => c.Id == confidant.Id)));
        var phones = await app.WithDbAsync(db => db.Desks.ToDictionaryAsync(d => d.Slug, d => d.Phone));
        Assert.Equal("0172 000 000", phones["alphen-aan-den-rijn"]);
        Assert.Null(phones["leidse-regio"]);
    }
}
