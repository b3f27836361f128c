using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.Infrastructure.Oidc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Loket.Web.Tests.Identity;

/// <summary>
/// Single sign-on through a municipality's own OpenID Connect provider, end to end against a real
/// provider (OpenIddict over HTTP). The provider says who someone is; our memberships say whether
/// they may enter and with which roles.
/// </summary>
public sealed class OidcLoginTests
{
    private const string ButtonText = "Inloggen met je Leiden-account";
    private const string AuthCookie = "__Host-loket=";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_member_signs_in_through_the_municipality_provider_and_sees_name_and_roles_from_our_database(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        var userId = await SetEmailAsync(app, "manager@leiden", "mark.manager@leiden.nl");
        // Another spelling of the address, another name: the provider's word on these does not count.
        idp.SignedInAs = new OidcTestPerson("leiden-0042", "Mark.Manager@Leiden.nl", "M. Manager (zoals de provider hem noemt)");
        using var client = app.CreateLoketClient();

        var (_, loginPage) = await client.GetPageAsync("/inloggen");
        var ssoForm = Assert.Single(loginPage.QuerySelectorAll("form[action*='handler=Sso']"));
        Assert.Equal(ButtonText, ssoForm.QuerySelector("button")?.TextContent.Trim());
        Assert.Equal("leiden", ssoForm.QuerySelector("input[name=tenant]")?.GetAttribute("value"));
        var callback = await client.SignInThroughProviderAsync(idp);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/mijn", callback.Headers.Location?.OriginalString);
        var (home, page) = await client.GetPageAsync("/mijn");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Welkom, Mark Manager", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Jouw rollen: Medewerker, Leidinggevende.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Login" && a.Summary == "SSO" && a.EntityId == userId.ToString()));
        Assert.True(audited, "The SSO login is in the audit trail.");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_person_the_provider_knows_but_we_do_not_is_sent_back_to_the_login_page_without_a_session(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        idp.SignedInAs = new OidcTestPerson("leiden-9999", "onbekend@leiden.nl", "Olaf Onbekend", "Admin");
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        var (_, loginPage) = await client.GetPageAsync(callback.Headers.Location!.OriginalString);
        Assert.Contains("Inloggen via je organisatie is niet gelukt", loginPage.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        await AssertSignedOutAsync(client);
        Assert.Equal(0, await app.WithDbAsync(db => db.ExternalLogins.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_user_of_another_municipality_is_refused_and_not_linked(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        // A real account of ours, but a member of Leiderdorp only, arriving through Leiden's provider.
        await SetEmailAsync(app, "medewerker@leiderdorp", "mila@leiderdorp.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0043", "mila@leiderdorp.nl", "Mila Medewerker");
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        await AssertSignedOutAsync(client);
        Assert.Equal(0, await app.WithDbAsync(db => db.ExternalLogins.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_refusal_at_the_provider_brings_the_person_back_to_the_login_page(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        idp.SignedInAs = null; // the provider answers access_denied
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        await AssertSignedOutAsync(client);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Roles_from_the_provider_are_ignored_only_our_membership_counts(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        await SetEmailAsync(app, "medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0044", "mila@leiden.nl", "Mila Medewerker", "Admin", nameof(Role.Auditor));
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        Assert.Equal("/mijn", callback.Headers.Location?.OriginalString);
        // The provider really did claim the roles, in every spelling we know of.
        var idToken = new JsonWebToken(Assert.Single(idp.IssuedIdentityTokens));
        foreach (var type in new[] { "role", "roles", ClaimTypes.Role })
        {
            Assert.Contains(idToken.Claims, c => c.Type == type && c.Value == "Admin");
        }

        var (_, page) = await client.GetPageAsync("/mijn");
        Assert.Contains("Jouw rollen: Medewerker.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") is "/beheer/medewerkers" or "/audit");
        var adminPage = await client.Http.GetAsync("/beheer/medewerkers");
        Assert.Equal(HttpStatusCode.Redirect, adminPage.StatusCode);
        Assert.Equal("/fout/403", PathOf(adminPage));
        Assert.Equal("/fout/403", PathOf(await client.Http.GetAsync("/audit")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Signing_out_ends_the_session_here_and_at_the_provider(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        await SetEmailAsync(app, "medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0045", "mila@leiden.nl", "Mila Medewerker");
        using var client = app.CreateLoketClient();
        Assert.Equal("/mijn", (await client.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);

        var (_, home) = await client.GetPageAsync("/mijn");
        var signOut = await client.SubmitAsync(home, "form[action='/uitloggen']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var endSession = signOut.Headers.Location!;
        Assert.Equal(idp.EndSessionEndpoint, new Uri(endSession.GetLeftPart(UriPartial.Path)));
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthCookie, StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

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
        await AssertSignedOutAsync(client);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Signing_out_still_works_after_the_provider_was_removed_from_configuration(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var before = await StartAppAsync(kind, idp);
        await SetEmailAsync(before, "medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0048", "mila@leiden.nl", "Mila Medewerker");
        using var client = before.CreateLoketClient();
        var session = CookiesSetBy(await client.SignInThroughProviderAsync(idp));

        // The same deployment (database, keys) restarted without the provider; the browser keeps its cookie.
        await using var after = new LoketApp(before.Database);
        after.Time.AdjustTime(TimeProvider.System.GetUtcNow());
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
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthCookie, StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_the_provider_that_started_a_session_can_end_it_by_front_channel_logout(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        await SetEmailAsync(app, "medewerker@leiden", "mila@leiden.nl");
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
            await AssertSignedInAsync(sso);
        }

        // The genuine request does not end a session the provider never started.
        await password.Http.GetAsync(genuine);
        await AssertSignedInAsync(password);

        await sso.Http.GetAsync(genuine);
        await AssertSignedOutAsync(sso);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_first_login_links_issuer_and_subject_and_later_logins_use_that_link(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        var userId = await SetEmailAsync(app, "medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0046", "mila@leiden.nl", "Mila Medewerker");
        using (var firstBrowser = app.CreateLoketClient())
        {
            Assert.Equal("/mijn", (await firstBrowser.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);
        }

        var link = Assert.Single(await app.WithDbAsync(db => db.ExternalLogins.ToListAsync()));
        Assert.Equal((userId, idp.Issuer.AbsoluteUri, "leiden-0046"), (link.UserId, link.Issuer, link.Subject));

        // She marries and both sides change her address: the link (issuer + sub) still finds her.
        await SetEmailAsync(app, "medewerker@leiden", "mila.de.vries@leiden.nl");
        idp.SignedInAs = idp.SignedInAs with { Email = "m.devries@leiden.nl" };
        using var secondBrowser = app.CreateLoketClient();
        Assert.Equal("/mijn", (await secondBrowser.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);

        var (_, page) = await secondBrowser.GetPageAsync("/mijn");
        Assert.Equal("Welkom, Mila Medewerker", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(link.Id, Assert.Single(await app.WithDbAsync(db => db.ExternalLogins.ToListAsync())).Id);
    }

    private static async Task<LoketApp> StartAppAsync(DatabaseKind kind, OidcTestServer idp)
    {
        var app = await LoketApp.StartAsync(kind, idp.AppSettings(ButtonText));
        // The provider and the client's cookie jar run on the real clock; with the app's clock frozen
        // elsewhere, correlation cookies would be born expired and tokens look stale or early.
        app.Time.AdjustTime(TimeProvider.System.GetUtcNow());
        return app;
    }

    private static Task<Guid> SetEmailAsync(LoketApp app, string userName, string email) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.Email = email;
        await db.SaveChangesAsync();
        return user.Id;
    });

    // The name=value pairs a response set (not the ones it deleted), as a Cookie header.
    private static string CookiesSetBy(HttpResponseMessage response) => string.Join("; ",
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(c => c.Split(';')[0])
            .Where(pair => !pair.EndsWith('=')));

    private static void AssertRefusedWithoutSession(HttpResponseMessage callback)
    {
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/inloggen?fout=sso", callback.Headers.Location?.OriginalString);
        var cookies = callback.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith(AuthCookie, StringComparison.Ordinal));
    }

    private static async Task AssertSignedInAsync(LoketClient client) =>
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/mijn")).StatusCode);

    private static async Task AssertSignedOutAsync(LoketClient client)
    {
        var home = await client.Http.GetAsync("/mijn");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/inloggen", PathOf(home));
    }

    // Redirects from the cookie handler are absolute (https://localhost/...), ours relative.
    private static string PathOf(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)redirect.StatusCode}.");
        return new Uri(OidcTestServer.AppBaseAddress, location).AbsolutePath;
    }
}
