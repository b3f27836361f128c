using System.Net;
using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.Identity;

public sealed class LocalLoginTests
{
    public static TheoryData<string, string, string> EveryRole => new()
    {
        { "leiden", "medewerker", "Medewerker" },
        { "leiden", "manager", "Leidinggevende" },
        { "leiden", "integriteit", "Integriteitscoördinator" },
        { "leiden", "vertrouwenspersoon", "Vertrouwenspersoon" },
        { "leiden", "hr", "HR-adviseur" },
        { "leiden", "secretaris", "Gemeentesecretaris" },
        { "leiden", "auditor", "Auditor / FG" },
        { "leiden", "beheerder", "Beheerder" },
        { "s-hertogenbosch", "medewerker", "Medewerker" },
        { "alphen-aan-den-rijn", "manager", "Leidinggevende" },
        { "leiderdorp", "integriteit", "Integriteitscoördinator" },
        { "leidschendam-voorburg", "beheerder", "Beheerder" },
    };

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_demo_role_logs_in_sees_its_municipality_and_role_and_logs_out(string tenant, string role, string dutchRole)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        await client.LoginAsDemoAsync(tenant, role);
        var (response, home) = await client.GetPageAsync("/mijn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(dutchRole, home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(home.QuerySelector(".loket-brand__tenant")!.TextContent, home.Title, StringComparison.Ordinal);
        var logout = await client.SubmitAsync(home, "form[action='/uitloggen']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await client.Http.GetAsync("/mijn");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/inloggen", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_wrong_password_gives_a_dutch_error_and_keeps_the_typed_user_name(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();

        var response = await client.LoginAsync("leiden", "hr@leiden", "verkeerd");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("klopt niet", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("hr@leiden", page.QuerySelector("#Input_UserName")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Input_Password")!.GetAttribute("value"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_account_of_one_municipality_cannot_log_in_to_another(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();

        var response = await client.LoginAsync("leiderdorp", "medewerker@leiden");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/mijn")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Five_wrong_passwords_lock_the_account_for_a_quarter_of_an_hour(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();

        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("leiden", "auditor@leiden", "fout-" + i);
        }

        var locked = await client.LoginAsync("leiden", "auditor@leiden");
        Assert.Contains("tijdelijk geblokkeerd", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(16));
        var unlocked = await client.LoginAsync("leiden", "auditor@leiden");
        Assert.Equal("/mijn", unlocked.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var response = await client.PostFormAsync("/inloggen?ReturnUrl=%2F%2Fevil.example", "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Tenant"] = "leiden",
            ["Input.UserName"] = "medewerker@leiden",
            ["Input.Password"] = Loket.Web.Demo.DemoOptions.Password,
        });

        Assert.Equal("/mijn", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Rapid_login_attempts_from_one_address_are_slowed_down_with_a_dutch_page()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Security:LoginAttemptsPerMinute"] = "3" });
        using var client = app.CreateLoketClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.LoginAsync("leiden", "medewerker@leiden", "gok-" + i)).StatusCode);
        }

        var (page, document) = await client.GetPageAsync("/inloggen");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(document.QuerySelector("#Input_UserName"));
    }
}
