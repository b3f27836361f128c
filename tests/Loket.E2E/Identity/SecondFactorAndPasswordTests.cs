using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Loket.Web.Audit;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Identity;

/// <summary>
/// A new integrity officer (not a demo account, so no exemption) signs in with a password only, is held
/// at "Mijn account" until TOTP is set up, then changes the password and signs in again in two steps.
/// </summary>
public sealed class SecondFactorAndPasswordTests(LoketHost host) : IClassFixture<LoketHost>
{
    private const string FirstPassword = "Beginwachtwoord van de beheerder 1";
    private const string NewPassword = "Mijn eigen lange zin als wachtwoord";

    [Fact]
    public async Task A_new_officer_sets_up_the_second_step_before_anything_else_then_changes_the_password()
    {
        var userName = await CreateOfficerAsync();
        await using var officer = await LoketPage.OpenAsync(host, "second-factor");
        var page = officer.Page;

        await officer.SubmitLoginAsync("Gemeente Leiden", userName, FirstPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Met jouw rol log je in twee stappen in");
        // Only "Mijn account" is in the menu; a page typed in the address bar comes back here.
        await Expect(page.MainMenu().GetByRole(AriaRole.Link)).ToHaveTextAsync(["Mijn account"]);
        await officer.VisitAsync("/meldpunt/dossiers");
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));

        var secret = (await page.Locator("code").First.InnerTextAsync()).Trim();
        await page.GetByLabel("Code uit je authenticator-app").FillAsync(Totp.CodeAt(secret, TimeProvider.System));
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Inloggen in twee stappen staat aan.");
        await Expect(page.GetByText("Met jouw rol is dat verplicht.")).ToBeVisibleAsync();

        await page.GetByLabel("Huidig wachtwoord").FillAsync(FirstPassword);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("te kort");
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync("te kort");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Een wachtwoord heeft minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden." })).ToBeVisibleAsync();

        await page.GetByLabel("Huidig wachtwoord").FillAsync(FirstPassword);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync(NewPassword);
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je wachtwoord is gewijzigd.");
        await officer.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Meldpunt" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Mijn account");

        await officer.LogOutAsync();
        await officer.SubmitLoginAsync("Gemeente Leiden", userName, NewPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/inloggen/code"));
        await page.GetByLabel("Code uit je authenticator-app").FillAsync(Totp.CodeAt(secret, TimeProvider.System));
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync());
        await Expect(page).ToHaveURLAsync(new Regex("/mijn$"));
    }

    [Fact]
    public async Task The_login_page_says_demo_accounts_are_exempt()
    {
        await using var visitor = await LoketPage.OpenAsync(host, "demo-exemption");
        await visitor.VisitAsync("/inloggen");

        await Expect(visitor.Page.GetByRole(AriaRole.Note)).ToContainTextAsync("De demo-accounts loggen in met alleen een wachtwoord.");
    }

    private async Task<string> CreateOfficerAsync()
    {
        var userName = $"nieuw-{Guid.NewGuid():N}"[..16] + "@leiden";
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, "test");
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        var user = new UserAccount { UserName = userName, DisplayName = "Nora Nieuw" };
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<UserAccount>>().HashPassword(user, FirstPassword);
        user.Memberships.Add(Membership.Preset(await db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync(), Role.Employee | Role.IntegrityOfficer, null));
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return userName;
    }
}
