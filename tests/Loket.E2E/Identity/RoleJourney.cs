using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Identity;

/// <summary>What the home page and menu should show to one demo account.</summary>
public sealed record DemoAccount(string UserName, string Municipality, string DisplayName, string Roles, string[] Menu)
{
    public const string Home = "Mijn overzicht";
    public const string Account = "Mijn account";
}

/// <summary>
/// One person's visit: log in through the form, check the home page, open every page in the
/// menu (each checked by axe-core), log out. Shared by the per-municipality test classes.
/// </summary>
public static partial class RoleJourney
{
    public static async Task RunAsync(LoketHost host, DemoAccount account)
    {
        await using var loket = await LoketPage.OpenAsync(host, $"role-{account.UserName.Replace('@', '-')}");
        var page = loket.Page;

        await loket.SubmitLoginAsync(account.Municipality, account.UserName);

        await ExpectHomePageAsync(page, host, account);

        foreach (var item in account.Menu)
        {
            var link = page.MainMenu().GetByRole(AriaRole.Link, new() { Name = item, Exact = true });
            Assert.Equal(200, await loket.NavigateByAsync(() => link.ClickAsync()));
            await Expect(link).ToHaveAttributeAsync("aria-current", "page");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }

        await LogOutAndProveItAsync(loket, host);
    }

    public static async Task ExpectHomePageAsync(IPage page, LoketHost host, DemoAccount account)
    {
        await Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "/mijn").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welkom, {account.DisplayName}");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Je werkt nu voor {account.Municipality}. Jouw rollen: {account.Roles}.");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(account.Municipality);
        await Expect(page.MainMenu().GetByRole(AriaRole.Link)).ToHaveTextAsync(account.Menu);
    }

    public static async Task LogOutAndProveItAsync(LoketPage loket, LoketHost host)
    {
        var page = loket.Page;
        await loket.LogOutAsync();

        await Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "/").ToString());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToHaveCountAsync(0);
        // Signed out for real: the home page now sends you to the login form.
        await loket.VisitAsync("/mijn");
        await Expect(page).ToHaveURLAsync(BackToLogin());
    }

    [GeneratedRegex("/inloggen\\?ReturnUrl=%2Fmijn$")]
    private static partial Regex BackToLogin();
}
