using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Infrastructure;

/// <summary>Filling the product's own controls the way a person does: a Dutch date's three boxes, a picker by keyboard.</summary>
public static class FormSteps
{
    /// <summary>The day, month and year of the date group named <paramref name="group"/> inside <paramref name="scope"/>.</summary>
    public static Task FillDateAsync(ILocator scope, string group, DateOnly day) => FillAsync(scope.GetByRole(AriaRole.Group, new() { Name = group }), day);

    /// <summary>The day, month and year of the date group named <paramref name="group"/> on the page.</summary>
    public static Task FillDateAsync(IPage page, string group, DateOnly day) => FillAsync(page.GetByRole(AriaRole.Group, new() { Name = group }), day);

    /// <summary>A picker, by keyboard: part of the name, the first match, Enter; then the box holds the choice and the list is closed.</summary>
    public static async Task PickAsync(IPage page, string label, string typed, string option)
    {
        var field = page.GetByRole(AriaRole.Combobox, new() { Name = label });
        await field.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(typed);
        await Expect(field).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync(option);
        await Expect(field).ToHaveAttributeAsync("aria-expanded", "false");
    }

    private static async Task FillAsync(ILocator date, DateOnly day)
    {
        await date.GetByLabel("Dag").FillAsync(day.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Maand").FillAsync(day.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Jaar").FillAsync(day.Year.ToString(CultureInfo.InvariantCulture));
    }
}
