using System.Net;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Identity;

public sealed class TwoStepLoginTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task After_switching_on_TOTP_a_login_needs_the_current_code(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "integriteit");

        var (_, account) = await client.GetPageAsync("/account");
        var secret = account.QuerySelector("input[name=NewSecret]")!.GetAttribute("value")!;
        var wrong = await client.SubmitAsync(account, "form[action*='Enable']", new Dictionary<string, string> { ["Code"] = "000000" }, "/account");
        Assert.Contains("klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enabled = await client.SubmitAsync(account, "form[action*='Enable']", new Dictionary<string, string> { ["Code"] = Totp.CodeAt(secret, app.Time) }, "/account");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "integriteit@leiden").Select(u => u.TotpEnabled).SingleAsync()));

        using var fresh = app.CreateLoketClient();
        var password = await fresh.LoginAsync("leiden", "integriteit@leiden");
        Assert.StartsWith("/inloggen/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.Http.GetAsync("/mijn")).StatusCode);

        var bad = await fresh.PostFormAsync("/inloggen/code", "main form", new Dictionary<string, string> { ["Code"] = "123" });
        Assert.Contains("zes cijfers", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(2));
        var good = await fresh.PostFormAsync("/inloggen/code", "main form", new Dictionary<string, string> { ["Code"] = Totp.CodeAt(secret, app.Time) });
        Assert.Equal("/mijn", good.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.Http.GetAsync("/mijn")).StatusCode);
    }
}
