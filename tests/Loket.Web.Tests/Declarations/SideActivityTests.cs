using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
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
        Assert.Contains("Geen opgaven gevonden", current.Body!.TextContent, StringComparison.Ordinal);
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
        var published = await iris.PostFormAsync($"/meldingen/{id}/publiceren", "form.loket-publish-form", new Dictionary<string, string>());
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

    [Theory, OnSqlite, OnPostgres]
    public async Task A_published_activitys_change_shows_only_after_review_and_its_end_takes_it_off_the_public_page(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var anonymous = app.CreateLoketClient();
        async Task<(string Table, string LastChanged)> PublicPageAsync()
        {
            var (_, page) = await anonymous.GetPageAsync("/openbaar/alphen-aan-den-rijn/nevenwerkzaamheden");
            return (page.QuerySelector("table")?.TextContent ?? string.Empty, Regex.Match(page.Body!.TextContent, @"Laatst gewijzigd: (\S+)").Groups[1].Value);
        }

        async Task<(LoketClient Sander, LoketClient Iris)> SignInAsync()
        {
            var sander = app.CreateLoketClient();
            await sander.LoginAsDemoAsync("alphen-aan-den-rijn", "secretaris");
            var iris = app.CreateLoketClient();
            await iris.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
            return (sander, iris);
        }

        async Task ApproveAndPublishAsync(LoketClient iris, Guid id)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(iris, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved" })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await iris.PostFormAsync($"/meldingen/{id}/publiceren", "form.loket-publish-form", new Dictionary<string, string>())).StatusCode);
        }

        var (sander, iris) = await SignInAsync();
        var first = await SubmitAsync(sander, "nevenwerkzaamheid", new Dictionary<string, string>(Activity("Museumbestuur", "Stichting Archeon")) { ["Input.Role"] = "Voorzitter" });
        await ApproveAndPublishAsync(iris, first);
        var published = await PublicPageAsync();

        // Two days later Sander declares a change: until Iris has reviewed it, the reviewed version stays on.
        app.Time.Advance(TimeSpan.FromDays(2));
        (sander, iris) = await SignInAsync();
        var second = await SubmitAsync(sander, $"nevenwerkzaamheid?vorige={first}", new Dictionary<string, string>(Activity("Museumbestuur", "Stichting Archeon")) { ["Input.Role"] = "Penningmeester" });
        var whileWaiting = await PublicPageAsync();
        // The old version cannot be published again over the change: its page offers no button, and a post is refused.
        var (_, oldPreview) = await iris.GetPageAsync($"/meldingen/{first}/publiceren");
        var token = oldPreview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await ParseAsync(await iris.Http.PostAsync($"/meldingen/{first}/publiceren", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));

        app.Time.Advance(TimeSpan.FromDays(2));
        (sander, iris) = await SignInAsync();
        await ApproveAndPublishAsync(iris, second);
        var changed = await PublicPageAsync();

        app.Time.Advance(TimeSpan.FromDays(2));
        (sander, iris) = await SignInAsync();
        var ended = await sander.PostFormAsync($"/meldingen/{second}", "form[action*=End]", new Dictionary<string, string> { ["EndDate"] = "2026-11-30" });
        var afterEnd = await PublicPageAsync();

        Assert.Contains("Voorzitter", published.Table, StringComparison.Ordinal);
        Assert.Equal("25-11-2026", published.LastChanged);
        Assert.Contains("Voorzitter", whileWaiting.Table, StringComparison.Ordinal);
        Assert.DoesNotContain("Penningmeester", whileWaiting.Table, StringComparison.Ordinal);
        Assert.Equal("25-11-2026", whileWaiting.LastChanged);
        Assert.Null(oldPreview.QuerySelector("form.loket-publish-form"));
        Assert.Contains("Er is een nieuwere versie", refused.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Penningmeester", changed.Table, StringComparison.Ordinal);
        Assert.DoesNotContain("Voorzitter", changed.Table, StringComparison.Ordinal);
        Assert.Equal("29-11-2026", changed.LastChanged);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.DoesNotContain("Stichting Archeon", afterEnd.Table, StringComparison.Ordinal);
        Assert.Equal("1-12-2026", afterEnd.LastChanged);
    }
}
