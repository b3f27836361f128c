using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Identity;

/// <summary>The login form itself: failures, and use with the keyboard alone.</summary>
public sealed class LoginFormTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task A_wrong_password_shows_the_Dutch_error_summary_and_keeps_the_user_name()
    {
        await using var loket = await LoketPage.OpenAsync(host, "login-wrong-password");

        await loket.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden", "Niet-het-wachtwoord-1");

        var page = loket.Page;
        await Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "/inloggen").ToString());
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Er is iets niet goed ingevuld");
        await Expect(summary).ToContainTextAsync("De combinatie van gemeente, gebruikersnaam en wachtwoord klopt niet.");
        // The script moves focus to the summary so a screen reader reads it out first.
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Gebruikersnaam")).ToHaveValueAsync("medewerker@leiden");
        await Expect(page.GetByLabel("Wachtwoord")).ToHaveValueAsync(string.Empty);
        await Expect(page.GetByLabel("Gemeente")).ToHaveValueAsync("leiden");
    }

    [Fact]
    public async Task An_empty_form_names_each_missing_field_and_links_to_it()
    {
        await using var loket = await LoketPage.OpenAsync(host, "login-empty");
        await loket.VisitAsync("/inloggen");

        await loket.NavigateByAsync(() => loket.Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync());

        var page = loket.Page;
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vul je gebruikersnaam in." })).ToHaveAttributeAsync("href", "#Input_UserName");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vul je wachtwoord in." })).ToHaveAttributeAsync("href", "#Input_Password");
        await Expect(page.GetByLabel("Gebruikersnaam")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        await using var loket = await LoketPage.OpenAsync(host, "keyboard-skip-link");
        await loket.VisitAsync("/inloggen");
        var page = loket.Page;

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        await loket.ScreenshotAsync();

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        // The next Tab continues inside the content, not back in the header.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Gemeente")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Someone_can_log_in_with_the_keyboard_alone()
    {
        await using var loket = await LoketPage.OpenAsync(host, "keyboard-login");
        await loket.VisitAsync("/inloggen");
        var page = loket.Page;

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Gemeente")).ToBeFocusedAsync();
        // Keep the municipality the list starts with; every municipality has a medewerker.
        var municipality = await page.GetByLabel("Gemeente").InputValueAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync($"medewerker@{municipality}");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(LoginSteps.DemoPassword);

        await loket.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));

        // The browser keeps the #inhoud of the skip link through the redirect.
        await Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "/mijn#inhoud").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welkom, Mila Medewerker");
    }
}
