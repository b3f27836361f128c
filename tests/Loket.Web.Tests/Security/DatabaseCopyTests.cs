using System.Net;
using System.Xml.Linq;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.Meldpunt;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loket.Web.Tests.Security;

/// <summary>
/// Issue 13.2: whoever has a copy of the database but not the key file cannot produce a cookie the app
/// accepts: the data-protection keys in the database are sealed with the key file, and a key stored in
/// the clear is never used.
/// </summary>
public sealed class DatabaseCopyTests
{
    // The cookie handler's protector: purpose strings of ASP.NET Core's cookie authentication, scheme "Cookies".
    private static readonly string[] CookiePurpose = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", CookieAuthenticationDefaults.AuthenticationScheme, "v2"];

    [Theory, OnSqlite, OnPostgres]
    public async Task A_copy_of_the_database_without_the_key_file_cannot_mint_an_officers_cookie(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using (var anyone = app.CreateLoketClient())
        {
            await anyone.LoginAsync("leiden", "integriteit@leiden"); // the app has made and stored its key by now
        }

        // The minting itself is right: with the app's own keys the forged ticket opens the desk.
        var ticket = await OfficerTicketAsync(app);
        var genuine = new TicketDataFormat(app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose)).Protect(ticket);
        Assert.Equal(HttpStatusCode.OK, await DeskWithCookieAsync(app, genuine));

        // The attacker's copy: every row of the key table, no master key in the clear.
        var stolen = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(stolen);
        Assert.All(stolen, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));

        // A data-protection system of their own over that copy, with a key file of their own.
        await using var attacker = AttackerServices(stolen, keyFile: Path.Combine(Path.GetTempPath(), "loket-tests", $"attacker-{Guid.NewGuid():N}.json"));
        var forge = new TicketDataFormat(attacker.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose));
        Assert.ThrowsAny<Exception>(() => forge.Protect(ticket));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_key_stored_in_the_clear_is_never_used_even_when_planted_in_the_database(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);

        // A key the attacker made (as every key looked before they were sealed), written into the live table.
        var planted = new List<string>();
        await using (var attacker = AttackerServices(planted, keyFile: null, generateKeys: true))
        {
            var ticket = await OfficerTicketAsync(app);
            // The app's own cookie, made with its sealed key before the plant.
            var genuine = new TicketDataFormat(app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose)).Protect(ticket);
            var forged = new TicketDataFormat(attacker.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose)).Protect(ticket);
            Assert.Contains("<masterKey", Assert.Single(planted), StringComparison.Ordinal);
            await app.WithDbAsync(async db =>
            {
                db.DataProtectionKeys.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = "planted", Xml = planted[0] });
                return await db.SaveChangesAsync();
            });

            // A node (re)started on that database, with the right key file, reads the key table afresh.
            await using var restarted = new LoketApp(app.Database, new Dictionary<string, string?> { ["Crypto:KeyFile"] = app.KeyFile }, ownsDatabase: false);
            Assert.Equal(HttpStatusCode.Redirect, await DeskWithCookieAsync(restarted, forged));
            // ...while it reads the sealed key it shares with the first node, so that node's cookie still opens the desk.
            Assert.Equal(HttpStatusCode.OK, await DeskWithCookieAsync(restarted, genuine));
        }
    }

    [Theory, OnSqlite]
    public async Task The_receipt_code_travels_in_a_host_only_secure_cookie_that_is_gone_once_the_code_is_shown(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var posted = await reporter.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = "Corruption",
            ["Input.Text"] = "Een vergunning tegen betaling.",
        });
        var issued = Assert.Single(posted.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-loket-td=", StringComparison.Ordinal));
        foreach (var attribute in new[] { "secure", "httponly", "samesite=strict", "path=/" })
        {
            Assert.Contains(attribute, issued, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("domain=", issued, StringComparison.OrdinalIgnoreCase);

        var (shown, page) = await reporter.GetPageAsync("/melden/ontvangen");
        Assert.NotNull(page.QuerySelector("[data-receipt-code]"));
        // The response that shows the code deletes the cookie that carried it, and opens the inbox instead.
        var cookies = shown.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-loket-td=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith(Web.Meldpunt.Reporting.InboxSession.Cookie + "=", StringComparison.Ordinal));

        var (_, again) = await reporter.GetPageAsync("/melden/ontvangen");
        Assert.Null(again.QuerySelector("[data-receipt-code]"));
        Assert.Equal(HttpStatusCode.OK, (await reporter.Http.GetAsync("/melden/inbox")).StatusCode);
        Assert.StartsWith("Je melding M-", (await MeldpuntSteps.PageAsync(reporter, "/melden/inbox")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private static Task<AuthenticationTicket> OfficerTicketAsync(LoketApp app) => app.WithDbAsync(async db =>
    {
        var officer = await db.Users.SingleAsync(u => u.UserName == "integriteit@leiden");
        var leiden = await db.Tenants.SingleAsync(t => t.Slug == "leiden");
        var now = app.Time.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) };
        return new AuthenticationTicket(LoketClaims.Create(officer, leiden.Id, "password"), properties, CookieAuthenticationDefaults.AuthenticationScheme);
    });

    private static async Task<HttpStatusCode> DeskWithCookieAsync(LoketApp app, string cookie)
    {
        using var client = app.CreateLoketClient();
        client.Http.DefaultRequestHeaders.Add("Cookie", $"__Host-loket={cookie}");
        return (await client.Http.GetAsync("/meldpunt/dossiers")).StatusCode;
    }

    /// <summary>
    /// Data protection as the attacker sets it up: same application name, the key rows they hold, and
    /// optionally a key file (not the app's). Keys they make themselves land in <paramref name="rows"/>.
    /// </summary>
    private static ServiceProvider AttackerServices(List<string> rows, string? keyFile, bool generateKeys = false)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = services.AddDataProtection().SetApplicationName("Integriteitsloket");
        if (!generateKeys)
        {
            builder.DisableAutomaticKeyGeneration();
        }

        if (keyFile is not null)
        {
            KeyRing.Init(keyFile, DateTimeOffset.UtcNow);
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton(Options.Create(new CryptoOptions { KeyFile = keyFile }));
            services.AddSingleton<KeyRing>();
        }

        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new Rows(rows));
        return services.BuildServiceProvider();
    }

    private sealed class Rows(List<string> rows) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => [.. rows.Select(XElement.Parse)];

        public void StoreElement(XElement element, string friendlyName) => rows.Add(element.ToString(SaveOptions.DisableFormatting));
    }
}
