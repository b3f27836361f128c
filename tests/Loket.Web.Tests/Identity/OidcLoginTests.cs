using System.Net;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.Infrastructure.Oidc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Identity;

/// <summary>
/// Single sign-on through a municipality's own OpenID Connect provider, end to end against a real
/// provider (OpenIddict over HTTP). The provider says who someone is; our memberships say whether
/// they may enter and with which roles.
/// </summary>
public sealed class OidcLoginTests
{
    private const string ButtonText = "Inloggen met je Leiden-account";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_member_signs_in_through_the_municipality_provider_and_sees_name_and_roles_from_our_database(DatabaseKind kind)
    {
        await using var idp = await OidcTestServer.StartAsync();
        await using var app = await StartAppAsync(kind, idp);
        await GiveEmailAsync(app, "manager@leiden", "mark.manager@leiden.nl");
        idp.SignedInAs = new OidcTestPerson("leiden-0042", "Mark.Manager@Leiden.nl", "M. Manager (zoals de IdP hem noemt)");
        using var client = app.CreateLoketClient();

        var (_, loginPage) = await client.GetPageAsync("/inloggen");
        var button = loginPage.QuerySelector("form[action*='handler=Sso'] button");
        Assert.Equal(ButtonText, button?.TextContent.Trim());

        var callback = await client.SignInThroughProviderAsync(idp);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/mijn", callback.Headers.Location?.OriginalString);
        var (home, page) = await client.GetPageAsync("/mijn");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Welkom, Mark Manager", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Jouw rollen: Medewerker, Leidinggevende.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    private static async Task<LoketApp> StartAppAsync(DatabaseKind kind, OidcTestServer idp)
    {
        var app = await LoketApp.StartAsync(kind, idp.AppSettings(ButtonText));
        // Provider, cookie jar and app must share one clock for lifetimes and expiry to agree.
        app.Time.AdjustTime(TimeProvider.System.GetUtcNow());
        return app;
    }

    private static Task<Guid> GiveEmailAsync(LoketApp app, string userName, string email) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.Email = email;
        await db.SaveChangesAsync();
        return user.Id;
    });
}
