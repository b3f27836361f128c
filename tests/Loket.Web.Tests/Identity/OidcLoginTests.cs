using System.Net;
using System.Security.Claims;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.Infrastructure.Oidc;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Loket.Web.Tests.Infrastructure.Oidc.OidcApps;

namespace Loket.Web.Tests.Identity;

/// <summary>
/// Single sign-on through a municipality's own OpenID Connect provider, end to end against a real
/// provider (OpenIddict over HTTP). The provider says who someone is; our memberships say whether
/// they may enter and with which roles.
/// </summary>
public sealed class OidcLoginTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_member_signs_in_through_the_municipality_provider_and_sees_name_and_roles_from_our_database(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        var userId = await app.SetEmailAsync("manager@leiden", "mark.manager@leiden.nl");
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
        await using var app = await idp.StartAppAsync(kind);
        idp.SignedInAs = new OidcTestPerson("leiden-9999", "onbekend@leiden.nl", "Olaf Onbekend", "Admin");
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        var (_, loginPage) = await client.GetPageAsync(callback.Headers.Location!.OriginalString);
        Assert.Contains("Inloggen via je organisatie is niet gelukt", loginPage.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        await client.AssertSignedOutAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.ExternalLogins.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_user_of_another_municipality_is_refused_and_not_linked(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        // A real account of ours, but a member of Leiderdorp only, arriving through Leiden's provider.
        await app.SetEmailAsync("medewerker@leiderdorp", "mila@leiderdorp.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0043", "mila@leiderdorp.nl", "Mila Medewerker");
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        await client.AssertSignedOutAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.ExternalLogins.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_address_the_provider_marks_unverified_never_links_to_our_account(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        // Anyone can type someone else's address into a self-service account; only a verified one may link.
        await app.SetEmailAsync("manager@leiden", "mark@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0666", "mark@leiden.nl", "Mark Manager", "Admin") { EmailVerified = false };
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        await client.AssertSignedOutAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.ExternalLogins.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_address_the_provider_does_not_say_it_verified_never_links_to_our_account(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        await app.SetEmailAsync("manager@leiden", "mark@leiden.nl");
        // No email_verified claim at all (Entra ID's default): the provider vouches for nothing.
        idp.SignedInAs = new OidcTestPerson("leiden-0667", "mark@leiden.nl", "Mark Manager") { EmailVerified = null };
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        Assert.DoesNotContain("email_verified", new JsonWebToken(Assert.Single(idp.IssuedIdentityTokens)).Claims.Select(c => c.Type));
        AssertRefusedWithoutSession(callback);
        await client.AssertSignedOutAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.ExternalLogins.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_account_linked_to_one_subject_is_never_relinked_to_another_with_the_same_verified_address(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        var userId = await app.SetEmailAsync("manager@leiden", "mark@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0100", "mark@leiden.nl", "Mark Manager");
        using (var owner = app.CreateLoketClient())
        {
            Assert.Equal("/mijn", (await owner.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);
        }

        // A second identity at the provider that got the same (verified) address, e.g. a recycled mailbox.
        idp.SignedInAs = new OidcTestPerson("leiden-0101", "mark@leiden.nl", "Iemand Anders");
        using var intruder = app.CreateLoketClient();
        var callback = await intruder.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        await intruder.AssertSignedOutAsync();
        var link = Assert.Single(await app.WithDbAsync(db => db.ExternalLogins.ToListAsync()));
        Assert.Equal((userId, "leiden-0100"), (link.UserId, link.Subject));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_refusal_at_the_provider_brings_the_person_back_to_the_login_page(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        idp.SignedInAs = null; // the provider answers access_denied
        using var client = app.CreateLoketClient();

        var callback = await client.SignInThroughProviderAsync(idp);

        AssertRefusedWithoutSession(callback);
        await client.AssertSignedOutAsync();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Roles_from_the_provider_are_ignored_only_our_membership_counts(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        await app.SetEmailAsync("medewerker@leiden", "mila@leiden.nl");
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
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/beheer/medewerkers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/audit")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_first_login_links_issuer_and_subject_and_later_logins_use_that_link(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await idp.StartAppAsync(kind);
        var userId = await app.SetEmailAsync("medewerker@leiden", "mila@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0046", "mila@leiden.nl", "Mila Medewerker");
        using (var firstBrowser = app.CreateLoketClient())
        {
            Assert.Equal("/mijn", (await firstBrowser.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);
        }

        var link = Assert.Single(await app.WithDbAsync(db => db.ExternalLogins.ToListAsync()));
        Assert.Equal((userId, idp.Issuer.AbsoluteUri, "leiden-0046"), (link.UserId, link.Issuer, link.Subject));

        // She marries and both sides change her address: the link (issuer + sub) still finds her.
        await app.SetEmailAsync("medewerker@leiden", "mila.de.vries@leiden.nl");
        idp.SignedInAs = idp.SignedInAs with { Email = "m.devries@leiden.nl" };
        using var secondBrowser = app.CreateLoketClient();
        Assert.Equal("/mijn", (await secondBrowser.SignInThroughProviderAsync(idp)).Headers.Location?.OriginalString);

        var (_, page) = await secondBrowser.GetPageAsync("/mijn");
        Assert.Equal("Welkom, Mila Medewerker", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(link.Id, Assert.Single(await app.WithDbAsync(db => db.ExternalLogins.ToListAsync())).Id);
    }

    private static void AssertRefusedWithoutSession(HttpResponseMessage callback)
    {
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/inloggen?fout=sso", callback.Headers.Location?.OriginalString);
        var cookies = callback.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith(AuthCookie, StringComparison.Ordinal));
    }
}
