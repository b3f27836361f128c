using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Operations;

public sealed class HealthAndDemoModeTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Health_answers_healthy_when_the_database_is_reachable(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Demo_data_has_five_municipalities_and_Leiden_and_Leiderdorp_share_one_desk(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var tenants = await app.WithDbAsync(db => db.Tenants.Include(t => t.Desk).ToListAsync());

        Assert.Equal(["alphen-aan-den-rijn", "leiden", "leiderdorp", "leidschendam-voorburg", "s-hertogenbosch"], tenants.Select(t => t.Slug).Order());
        var leidseRegio = tenants.Where(t => t.Desk!.Name == "Meldpunt integriteit Leidse regio").Select(t => t.Slug).Order();
        Assert.Equal(["leiden", "leiderdorp"], leidseRegio);
        Assert.Equal(4, tenants.Select(t => t.DeskId).Distinct().Count());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Demo_accounts_disappear_when_the_product_restarts_with_demo_mode_off(DatabaseKind kind)
    {
        await using var demo = await LoketApp.StartAsync(kind);
        Assert.True(await demo.WithDbAsync(db => db.Users.CountAsync(u => u.IsDemo)) > 40);

        await using var production = new LoketApp(demo.Database, new Dictionary<string, string?> { ["Demo:Enabled"] = "false" }, ownsDatabase: false);
        using var client = production.CreateLoketClient();
        var login = await client.LoginAsync("leiden", "beheerder@leiden");

        Assert.Equal(0, await production.WithDbAsync(db => db.Users.CountAsync(u => u.IsDemo)));
        Assert.Equal(0, await production.WithDbAsync(db => db.Tenants.CountAsync()));
        // The demo municipalities went with the accounts (DemoRemovalTests): the sign-in is refused, not redirected.
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Null(login.Headers.Location);
    }
}
