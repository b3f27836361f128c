using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Meldpunt;

/// <summary>
/// Naming someone on the public report form (issue 13.1): picking from the municipality's list with
/// the keyboard only, and the same without JavaScript through "Zoeken"; both end in the check of
/// whom the names match, before the report is sent.
/// </summary>
public sealed class PeoplePickerTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task A_reporter_picks_a_person_with_the_keyboard_only_and_sees_whom_the_names_match()
    {
        await using var reporter = await LoketPage.OpenAsync(host, "picker-keyboard");
        var page = reporter.Page;
        await reporter.VisitAsync("/melden");
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Leiden" });
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Corruptie (omkoping, fraude, diefstal)" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Vergunningen gaan voor bij wie betaalt.");

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Zoek een persoon op naam" });
        await page.GetByLabel("Wat is er gebeurd?").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(search).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" })).ToBeHiddenAsync();
        await page.Keyboard.TypeAsync("integ");
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Iris Integriteit" });
        await Expect(option).ToBeVisibleAsync();
        await Expect(search).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(search).ToHaveAttributeAsync("aria-activedescendant", await option.GetAttributeAsync("id") ?? "");
        await reporter.ScreenshotAsync();
        await reporter.CheckAccessibilityAsync();

        await page.Keyboard.PressAsync("Enter");
        var picked = page.GetByRole(AriaRole.Group, new() { Name = "Gekozen personen" }).GetByRole(AriaRole.Checkbox, new() { Name = "Iris Integriteit" });
        await Expect(picked).ToBeCheckedAsync();
        await Expect(search).ToBeFocusedAsync();
        await Expect(search).ToHaveValueAsync("");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "gekozen" })).ToContainTextAsync("Iris Integriteit");
        await reporter.CheckAccessibilityAsync();

        // To the send button by keyboard, past the picked box, the names field and the date.
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" });
        await send.FocusAsync();
        await reporter.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
        var check = page.GetByRole(AriaRole.Region, new() { Name = "Controleer wie je noemt" });
        await Expect(check).ToBeFocusedAsync();
        await Expect(check).ToContainTextAsync("Iris Integriteit");
        await Expect(check).ToContainTextAsync("gekozen uit de lijst");
        await Expect(picked).ToBeCheckedAsync();

        await send.FocusAsync();
        await reporter.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je melding is ontvangen");
    }

    [Fact]
    public async Task Without_JavaScript_the_search_is_a_step_of_its_own_and_the_check_comes_before_sending()
    {
        await using var reporter = await LoketPage.OpenAsync(host, "picker-no-js", javaScript: false);
        var page = reporter.Page;
        await reporter.VisitAsync("/melden");
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Leiden" });
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Corruptie (omkoping, fraude, diefstal)" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Vergunningen gaan voor bij wie betaalt.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Zoek een persoon op naam" }).FillAsync("integ");
        await reporter.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync());

        var found = page.GetByRole(AriaRole.Group, new() { Name = "Gevonden voor ‘integ’: vink aan wie bedoeld is" });
        await found.GetByRole(AriaRole.Checkbox, new() { Name = "Iris Integriteit" }).CheckAsync();
        await page.GetByLabel("Namen die je niet in de lijst vindt").FillAsync("Mark Managr (teamleider)");
        await reporter.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync());

        var check = page.GetByRole(AriaRole.Region, new() { Name = "Controleer wie je noemt" });
        await Expect(check).ToContainTextAsync("Iris Integriteit");
        await Expect(check).ToContainTextAsync("Mark Manager");
        await Expect(check).ToContainTextAsync("Misschien bedoeld");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Gekozen personen" }).GetByRole(AriaRole.Checkbox, new() { Name = "Iris Integriteit" })).ToBeCheckedAsync();
        await reporter.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je melding is ontvangen");
    }
}
