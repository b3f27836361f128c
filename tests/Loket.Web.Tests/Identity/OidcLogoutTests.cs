using System.Net;
using AngleSharp.Html.Parser;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.Infrastructure.Oidc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using static Loket.Web.Tests.Infrastructure.Oidc.OidcApps;

namespace Loket.Web.Tests.Identity;

/// <summary>
/// Signing out of a session that a municipality's provider started: here and at the provider
/// (RP-initiated logout), and by the provider (front-channel logout), against a real provider.
/// </summary>
public sealed class OidcLogoutTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Signing_out_ends_the_session_here_and_at_the_provider(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        await app.SetEmailAsync("medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0045", "mila@leiden.nl", "Mila Medewerker");
        using var client = app.CreateLoketClient();
        Assert.Equal("/mijn", (await client.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);

        var (_, home) = await client.GetPageAsync("/mijn");
        var signOut = await client.SubmitAsync(home, "form[action='/uitloggen']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var endSession = signOut.Headers.Location!;
        Assert.Equal(idp.EndSessionEndpoint, new Uri(endSession.GetLeftPart(UriPartial.Path)));
        AssertDeletesAuthCookie(signOut);

        var backAtApp = await idp.FollowAtProviderAsync(signOut);
        var request = Assert.Single(idp.EndSessionRequests);
        Assert.Equal(Assert.Single(idp.IssuedIdentityTokens), request.IdTokenHint);
        Assert.Equal(HttpStatusCode.Redirect, backAtApp.StatusCode);
        var signedOutCallback = backAtApp.Headers.Location!;
        Assert.Equal(new Uri(OidcTestServer.AppBaseAddress, "/signout-callback-oidc-leiden"), new Uri(signedOutCallback.GetLeftPart(UriPartial.Path)));
        Assert.Equal(QueryHelpers.ParseQuery(endSession.Query)["state"], QueryHelpers.ParseQuery(signedOutCallback.Query)["state"]);

        var landing = await client.Http.GetAsync(signedOutCallback);
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/", landing.Headers.Location?.OriginalString);
        await client.AssertSignedOutAsync();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Signing_out_still_works_after_the_provider_was_removed_from_configuration(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var before = await idp.StartAppAsync(kind);
        await before.SetEmailAsync("medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0048", "mila@leiden.nl", "Mila Medewerker");
        using var client = before.CreateLoketClient();
        var session = CookiesSetBy(await client.SignInThroughProviderAsync(idp));

        // The same deployment (database, keys) restarted without the provider; the browser keeps its cookie.
        await using var after = new LoketApp(before.Database, new Dictionary<string, string?> { ["Crypto:KeyFile"] = before.KeyFile }, ownsDatabase: false);
        UseRealClock(after);
        using var browser = after.Server.CreateClient();
        browser.BaseAddress = OidcTestServer.AppBaseAddress;
        using var homeRequest = new HttpRequestMessage(HttpMethod.Get, "/mijn") { Headers = { { "Cookie", session } } };
        var home = await browser.SendAsync(homeRequest);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var page = new HtmlParser().ParseDocument(await home.Content.ReadAsStringAsync());
        var token = page.QuerySelector("form[action='/uitloggen'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No sign-out form on /mijn.");

        using var signOutRequest = new HttpRequestMessage(HttpMethod.Post, "/uitloggen")
        {
            Headers = { { "Cookie", $"{session}; {CookiesSetBy(home)}" } },
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        var signOut = await browser.SendAsync(signOutRequest);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/", PathOf(signOut));
        AssertDeletesAuthCookie(signOut);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_the_provider_that_started_a_session_can_end_it_by_front_channel_logout(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        await app.SetEmailAsync("medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0047", "mila@leiden.nl", "Mila Medewerker");
        using var sso = app.CreateLoketClient();
        Assert.Equal("/mijn", (await sso.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);
        using var password = app.CreateLoketClient();
        await password.LoginAsDemoAsync("leiden", "manager");
        var sessionId = new JsonWebToken(Assert.Single(idp.IssuedIdentityTokens)).TryGetPayloadValue<string>("sid", out var sid) ? sid : null;
        var genuine = QueryHelpers.AddQueryString("/signout-oidc-leiden", new Dictionary<string, string?> { ["iss"] = idp.Issuer.AbsoluteUri, ["sid"] = sessionId });

        // A link anyone could plant: the shared default path, no issuer, or another issuer.
        foreach (var forged in new[] { "/signout-oidc", "/signout-oidc-leiden", "/signout-oidc-leiden?iss=https%3A%2F%2Fidp.example%2F" })
        {
            await sso.Http.GetAsync(forged);
            await sso.AssertSignedInAsync();
        }

        // The genuine request does not end a session the provider never started.
        await password.Http.GetAsync(genuine);
        await password.AssertSignedInAsync();

        await sso.Http.GetAsync(genuine);
        await sso.AssertSignedOutAsync();
    }

    // The name=value pairs a response set (not the ones it deleted), as a Cookie header.
    private static string CookiesSetBy(HttpResponseMessage response) => string.Join("; ",
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(c => c.Split(';')[0])
            .Where(pair => !pair.EndsWith('=')));
}
