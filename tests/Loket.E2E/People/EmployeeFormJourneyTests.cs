using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Loket.E2E.Infrastructure.FormSteps;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.People;

/// <summary>
/// HR adds a new employee with the keyboard only (issue 16 point 5): department, function and manager
/// are picked by typing part of a name, and each picker shows the name chosen, not a code. Without
/// JavaScript the same pickers are plain selects.
/// </summary>
public sealed class EmployeeFormJourneyTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task HR_adds_an_employee_picking_department_function_and_manager_by_keyboard()
    {
        await using var hr = await LoketPage.OpenAsync(host, "employee-form");
        var page = hr.Page;
        await hr.SubmitLoginAsync("Gemeente Leiden", "hr@leiden");
        await hr.VisitAsync("/beheer/medewerkers");
        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Medewerker toevoegen" }).ClickAsync());

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Noor Nieuwkomer");
        await page.GetByLabel("Personeelsnummer").FillAsync("E2E-2001");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Inhuurkracht" }).CheckAsync();
        await page.GetByLabel("Dag").FillAsync("1");
        await page.GetByLabel("Maand").FillAsync("12");
        await page.GetByLabel("Jaar").FillAsync("2026");
        await PickAsync(page, "Afdeling (niet verplicht)", "vergun", "Team Vergunningen (Afdeling Ruimte)");
        await PickAsync(page, "Functie (niet verplicht)", "verlener", "Vergunningverlener");
        await PickAsync(page, "Leidinggevende (niet verplicht)", "tamara", "Tamara Teamleider (Team Vergunningen, 1010)");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tamara" })).ToHaveTextAsync("Tamara Teamleider (Team Vergunningen, 1010) gekozen.");
        await hr.ScreenshotAsync();
        await hr.CheckAccessibilityAsync();

        // A half-typed name is no choice: leaving the field brings the chosen name back.
        var manager = page.GetByRole(AriaRole.Combobox, new() { Name = "Leidinggevende (niet verplicht)" });
        await manager.FillAsync("xyz");
        await page.Keyboard.PressAsync("Tab");
        await Expect(manager).ToHaveValueAsync("Tamara Teamleider (Team Vergunningen, 1010)");

        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Medewerker toevoegen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Noor Nieuwkomer is toegevoegd.");
        await page.GetByLabel("Zoek op naam of personeelsnummer").FillAsync("Noor");
        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync());
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Noor Nieuwkomer" });
        await Expect(row).ToContainTextAsync("Vergunningverlener");
        await Expect(row).ToContainTextAsync("Tamara Teamleider");
        await Expect(row).ToContainTextAsync("Geen account");

        // Editing shows each choice by name in its picker.
        await hr.NavigateByAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Bewerken (Noor Nieuwkomer)" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Afdeling (niet verplicht)" })).ToHaveValueAsync("Team Vergunningen (Afdeling Ruimte)");
        await Expect(manager).ToHaveValueAsync("Tamara Teamleider (Team Vergunningen, 1010)");
    }

    [Fact]
    public async Task Without_JavaScript_the_pickers_are_selects_with_the_choice_shown_and_a_taken_number_is_explained()
    {
        await using var hr = await LoketPage.OpenAsync(host, "employee-form-no-js", javaScript: false);
        var page = hr.Page;
        await hr.SubmitLoginAsync("Gemeente Leiden", "hr@leiden");
        await hr.VisitAsync("/beheer/medewerker");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Dirk Dubbel");
        await page.GetByLabel("Personeelsnummer").FillAsync("1003");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ambtenaar" }).CheckAsync();
        await page.GetByLabel("Dag").FillAsync("1");
        await page.GetByLabel("Maand").FillAsync("12");
        await page.GetByLabel("Jaar").FillAsync("2026");
        await page.GetByLabel("Leidinggevende (niet verplicht)").SelectOptionAsync(new SelectOptionValue { Label = "Mark Manager (Afdeling Ruimte, 1002)" });
        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Medewerker toevoegen" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Personeelsnummer 1003 hoort al bij een andere medewerker");
        await Expect(page.GetByLabel("Personeelsnummer")).ToHaveValueAsync("1003");
        await Expect(page.GetByLabel("Leidinggevende (niet verplicht)").Locator("option:checked")).ToHaveTextAsync("Mark Manager (Afdeling Ruimte, 1002)");
    }
}
