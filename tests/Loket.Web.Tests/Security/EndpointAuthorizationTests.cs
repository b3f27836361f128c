using Loket.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Security;

public sealed class EndpointAuthorizationTests
{
    /// <summary>The only routes anyone may open without logging in. Adding one is a deliberate, reviewed act.</summary>
    private static readonly HashSet<string> PublicRoutes =
    [
        "",
        "inloggen",
        "inloggen/code",
        // Forgotten password and the one-time links of invitations and resets (issue 16 point 4).
        "wachtwoord/vergeten",
        "wachtwoord/instellen/{token}",
        "wachtwoord/ingesteld",
        "fout/{status:int?}",
        "toegankelijkheid",
        "health",
        "huisstijl/{slug}.css",
        // The public register of top officials' side activities (Ambtenarenwet 2017 art. 5 lid 1 c).
        "openbaar/{slug}/nevenwerkzaamheden",
        "openbaar/{slug}/nevenwerkzaamheden.json",
        "openbaar/{slug}/nevenwerkzaamheden.csv",
        "melden",
        "melden/ontvangen",
        "melden/inbox",
        "melden/personen",
        // Retaliation reported by a witness or someone who took part in an investigation (Leiden/Leiderdorp 8.3).
        "melden/benadeling",
    ];

    [Fact]
    public async Task Every_endpoint_names_an_authorization_policy_or_is_on_the_public_allow_list()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText?.Trim('/') ?? string.Empty;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (anonymous && !PublicRoutes.Contains(route))
            {
                problems.Add($"/{route} is open to anonymous users but not on the allow-list");
            }
            else if (!anonymous && (policies.Count == 0 || policies.Any(string.IsNullOrEmpty)))
            {
                problems.Add($"/{route} has no explicit authorization policy");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_allow_listed_route_exists_so_the_list_stays_honest()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.Trim('/') ?? string.Empty).ToHashSet();

        Assert.All(PublicRoutes, r => Assert.Contains(r, routes));
    }

    [Theory]
    [InlineData("/beheer/medewerkers", "medewerker")]
    [InlineData("/beheer/import", "manager")]
    [InlineData("/audit", "medewerker")]
    [InlineData("/team", "medewerker")]
    public async Task A_role_gated_page_answers_403_to_someone_without_the_role(string url, string role)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", role);

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", page.QuerySelector("h1")!.TextContent);
    }
}
