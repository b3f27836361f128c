using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Loket.Web.Tests.Security;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/inloggen")]
    [InlineData("/bestaat-niet")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var response = await client.Http.GetAsync(url);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_secure_http_only_and_host_bound()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var login = await client.LoginAsync("leiden", "medewerker@leiden");
        var (page, _) = await client.GetPageAsync("/inloggen");

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(page.Headers.TryGetValues("Set-Cookie", out var more) ? more : []).ToList();
        var session = Assert.Single(cookies, c => c.StartsWith("__Host-loket=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_refused()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var response = await client.Http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Tenant"] = "leiden",
            ["Input.UserName"] = "medewerker@leiden",
            ["Input.Password"] = Loket.Web.Demo.DemoOptions.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("__Host-loket=", string.Join(';', response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public void Form_action_allows_exactly_our_own_origin_and_each_configured_identity_provider()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:Oidc:leiden:Authority"] = "https://login.leiden.example/realms/medewerkers",
            ["Identity:Oidc:leiderdorp:Authority"] = "https://login.leiden.example/realms/leiderdorp",
            ["Identity:Oidc:alphen-aan-den-rijn:Authority"] = "https://sso.alphen.example:8443/",
        }).Build();

        var csp = Loket.Web.Infrastructure.Web.SecurityHeaders.ContentSecurityPolicy(configuration);

        // Browsers apply form-action to the redirect after the SSO button's post; without the provider it is blocked.
        Assert.Contains("form-action 'self' https://login.leiden.example https://sso.alphen.example:8443;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }
}
