using System.Net;
using System.Text.Json;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

public sealed class SideActivityTests
{
    private static Dictionary<string, string> Activity(string subject, string organisation, string paid = "false") => new()
    {
        ["Input.Subject"] = subject,
        ["Input.Counterparty"] = organisation,
        ["Input.Role"] = "Bestuurslid",
        ["Input.StartDate"] = "2026-11-01",
        ["Input.Answers[paid]"] = paid,
    };

    [Theory, OnSqlite, OnPostgres]
    public async Task A_change_is_a_new_version_and_an_ended_activity_leaves_the_current_register_but_stays_in_history(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leidschendam-voorburg", "medewerker");
        var organisation = $"Stichting {Guid.NewGuid():N}"[..20];
        var first = await SubmitAsync(mila, "nevenwerkzaamheid", Activity("Bestuur buurthuis", organisation));

        var (_, changeForm) = await mila.GetPageAsync($"/meldingen/nieuw/nevenwerkzaamheid?vorige={first}");
        var second = await SubmitAsync(mila, $"nevenwerkzaamheid?vorige={first}", Activity("Bestuur buurthuis, nu betaald", organisation, paid: "true"));
        var ended = await mila.PostFormAsync($"/meldingen/{second}", "form[action*=End]", new Dictionary<string, string> { ["EndDate"] = "2026-11-20" });
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leidschendam-voorburg", "integriteit");
        var (_, current) = await iris.GetPageAsync($"/registers/nevenwerkzaamheden?q={organisation}&current=true");
        var (_, all) = await iris.GetPageAsync($"/registers/nevenwerkzaamheden?q={organisation}");
        var (_, secondPage) = await mila.GetPageAsync($"/meldingen/{second}");

        Assert.Equal(organisation, changeForm.QuerySelector("#Input_Counterparty")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("Geen meldingen gevonden", current.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, all.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Eerdere versies", secondPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(first, await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == second).Select(d => d.PreviousVersionId).SingleAsync(), "leidschendam-voorburg"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_top_officials_side_activity_appears_on_the_public_page_after_the_officers_review(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync("s-hertogenbosch", "secretaris");
        var id = await SubmitAsync(sander, "nevenwerkzaamheid", Activity("Voorzitter van de schaakclub", "Schaakclub De Toren"));
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        // The secretaris has no manager: the integrity officer decides.
        var decided = await DecideAsync(iris, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved" });
        Assert.True(decided.StatusCode == HttpStatusCode.Redirect, (await ParseAsync(decided)).Body!.TextContent);
        using var anonymous = app.CreateLoketClient();
        var (_, before) = await anonymous.GetPageAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden");

        // Within the sign-in's eight hours; the page then says the register changed today.
        app.Time.Advance(TimeSpan.FromHours(1));
        var published = await iris.PostFormAsync("/registers/nevenwerkzaamheden", $"form[action*='{id}']", new Dictionary<string, string>());
        var (response, after) = await anonymous.GetPageAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden");
        var json = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden.json"));
        var csv = await anonymous.Http.GetStringAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden.csv");

        Assert.DoesNotContain("Schaakclub De Toren", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Schaakclub De Toren", after.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Laatst gewijzigd: 25-11-2026", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(json.RootElement.GetProperty("nevenwerkzaamheden").EnumerateArray(), e => e.GetProperty("organisatie").GetString() == "Schaakclub De Toren");
        Assert.Contains("Schaakclub De Toren", csv, StringComparison.Ordinal);
        // Only fields fit for publication: never the employee's own words about the activity.
        Assert.DoesNotContain("Voorzitter van de schaakclub", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/openbaar/bestaat-niet/nevenwerkzaamheden")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_ordinary_employees_side_activity_is_never_published(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        await SubmitAsync(mila, "nevenwerkzaamheid", Activity("Trainer", "Hockeyclub Geheim"));
        using var anonymous = app.CreateLoketClient();

        var (_, page) = await anonymous.GetPageAsync("/openbaar/leiden/nevenwerkzaamheden");

        Assert.DoesNotContain("Hockeyclub Geheim", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stichting Bibliotheek in de regio", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
