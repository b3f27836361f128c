using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Infrastructure.Oidc;

/// <summary>The app under test wired to a test provider, and what the SSO tests check on it.</summary>
public static class OidcApps
{
    public const string ButtonText = "Inloggen met je Leiden-account";

    /// <summary>Set-Cookie prefix of the sign-in cookie (not the antiforgery or two-step cookies).</summary>
    public const string AuthCookie = "__Host-loket=";

    /// <summary>Starts the app with <paramref name="idp"/> configured as its municipality's provider.</summary>
    public static async Task<LoketApp> StartAppAsync(this OidcTestServer idp, DatabaseKind kind)
    {
        var app = await LoketApp.StartAsync(kind, idp.AppSettings(ButtonText));
        UseRealClock(app);
        return app;
    }

    /// <summary>
    /// The provider and the client's cookie jar run on the real clock; with the app's clock frozen
    /// elsewhere, correlation cookies would be born expired and tokens look stale or early.
    /// </summary>
    public static void UseRealClock(LoketApp app) => app.Time.AdjustTime(TimeProvider.System.GetUtcNow());

    /// <summary>Gives an account the e-mail address an administrator would have entered; returns its id.</summary>
    public static Task<Guid> SetEmailAsync(this LoketApp app, string userName, string email) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.Email = email;
        await db.SaveChangesAsync();
        return user.Id;
    });

    public static async Task AssertSignedInAsync(this LoketClient client) =>
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/mijn")).StatusCode);

    public static async Task AssertSignedOutAsync(this LoketClient client)
    {
        var home = await client.Http.GetAsync("/mijn");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/inloggen", PathOf(home));
    }

    /// <summary>The path a redirect points to: the cookie handler's are absolute (https://localhost/...), ours relative.</summary>
    public static string PathOf(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)redirect.StatusCode}.");
        return new Uri(OidcTestServer.AppBaseAddress, location).AbsolutePath;
    }

    public static void AssertDeletesAuthCookie(HttpResponseMessage response) =>
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthCookie, StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
}
