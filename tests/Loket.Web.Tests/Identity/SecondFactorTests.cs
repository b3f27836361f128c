using System.Net;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Identity;

/// <summary>BIO2: privileged roles use a second factor; demo accounts in demo mode are exempt and the login page says so.</summary>
public sealed class SecondFactorTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Without_demo_mode_an_officer_who_signs_in_with_a_password_only_must_set_up_TOTP_before_anything_else(DatabaseKind kind)
    {
        await using var demo = await LoketApp.StartAsync(kind);
        // Leiden is kept as a real municipality: switching demo mode off removes the demo ones.
        await demo.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiden").ExecuteUpdateAsync(s => s.SetProperty(t => t.IsDemo, false)));
        await using var app = new LoketApp(demo.Database, new Dictionary<string, string?> { ["Demo:Enabled"] = "false", ["Crypto:KeyFile"] = demo.KeyFile }, ownsDatabase: false);
        var userName = await app.CreateAccountAsync("leiden", "iris", Role.Employee | Role.IntegrityOfficer, "1004");
        using var officer = app.CreateLoketClient();

        var login = await officer.LoginAsync("leiden", userName, TestAccounts.Password);
        Assert.Equal("/mijn", login.Headers.Location?.OriginalString);
        foreach (var page in new[] { "/mijn", "/meldpunt/dossiers", "/registers/geschenken", "/beslissen" })
        {
            var held = await officer.Http.GetAsync(page);
            Assert.Equal((HttpStatusCode.Redirect, "/account"), (held.StatusCode, held.Headers.Location?.OriginalString));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.GetAsync("/api/meldingen")).StatusCode);
        var (_, account) = await officer.GetPageAsync("/account");
        Assert.Contains("Met jouw rol log je in twee stappen in", account.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(account.QuerySelector("form[action*='Password']"));

        var secret = account.QuerySelector("input[name=NewSecret]")!.GetAttribute("value")!;
        var enabled = await officer.SubmitAsync(account, "form[action*='Enable']", new Dictionary<string, string> { ["Code"] = Totp.CodeAt(secret, app.Time) }, "/account");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync("/meldpunt/dossiers")).StatusCode);

        // It cannot be switched off again while the role needs it.
        var (_, after) = await officer.GetPageAsync("/account");
        Assert.Null(after.QuerySelector("form[action*='Disable']"));
        Assert.Contains("verplicht", after.Body!.TextContent, StringComparison.Ordinal);

        // The next sign-in asks for the code.
        using var again = app.CreateLoketClient();
        Assert.StartsWith("/inloggen/code", (await again.LoginAsync("leiden", userName, TestAccounts.Password)).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_employee_without_a_privileged_role_is_not_held_and_a_demo_officer_in_demo_mode_is_exempt_as_the_login_page_says(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var userName = await app.CreateAccountAsync("leiden", "piet", Role.Employee | Role.Manager);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsync("leiden", userName, TestAccounts.Password);
        using var demoOfficer = app.CreateLoketClient();
        await demoOfficer.LoginAsDemoAsync("leiden", "integriteit");
        var (_, loginPage) = await demoOfficer.GetPageAsync("/inloggen");

        Assert.Equal(HttpStatusCode.OK, (await employee.Http.GetAsync("/mijn")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await demoOfficer.Http.GetAsync("/meldpunt/dossiers")).StatusCode);
        Assert.Contains("De demo-accounts loggen in met alleen een wachtwoord", loginPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_non_demo_administrator_in_demo_mode_is_held_too(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var userName = await app.CreateAccountAsync("leiden", "bea", Role.Admin);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsync("leiden", userName, TestAccounts.Password);

        var held = await admin.Http.GetAsync("/beheer/gebruikers");

        Assert.Equal("/account", held.Headers.Location?.OriginalString);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_invalid_TOTP_secret_posted_to_the_account_page_is_refused_in_Dutch(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var userName = await app.CreateAccountAsync("leiderdorp", "mila", Role.Employee);
        using var client = app.CreateLoketClient();
        await client.LoginAsync("leiderdorp", userName, TestAccounts.Password);
        var (_, account) = await client.GetPageAsync("/account");

        foreach (var secret in new[] { "!!!!!!!!!!!!!!!!!!!!", "abc", new string('A', 5000), "ONLYLOWERCASE1890xyz" })
        {
            var posted = await client.SubmitAsync(account, "form[action*='Enable']", new Dictionary<string, string> { ["NewSecret"] = secret, ["Code"] = "123456" }, "/account");
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains("De sleutel op deze pagina is niet meer geldig", (await ParseAsync(posted)).Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.TotpEnabled).SingleAsync()));
    }
}

/// <summary>SSO: which ID tokens count as a second factor for a privileged role.</summary>
public sealed class ProviderSecondFactorTests
{
    [Theory]
    [InlineData(new[] { "pwd", "mfa" }, null, true)]
    [InlineData(new[] { "pwd" }, null, false)]
    [InlineData(new[] { "otp" }, null, false)]
    [InlineData(new string[0], "http://schemas.microsoft.com/claims/multipleauthn", true)]
    [InlineData(new string[0], "urn:level:low", false)]
    public void The_provider_is_trusted_only_when_it_says_mfa_or_names_an_acr_the_municipality_listed(string[] amr, string? acr, bool trusted)
    {
        var claims = amr.Select(a => new System.Security.Claims.Claim("amr", a)).ToList();
        if (acr is not null)
        {
            claims.Add(new System.Security.Claims.Claim("acr", acr));
        }

        var token = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "oidc"));
        var options = new TenantOidcOptions { MultiFactorAcrValues = ["http://schemas.microsoft.com/claims/multipleauthn"] };

        Assert.Equal(trusted, OidcLogin.ProvenSecondFactor(token, options));
    }
}
