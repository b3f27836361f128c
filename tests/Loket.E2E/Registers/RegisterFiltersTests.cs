using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Registers;

/// <summary>The officer's registers in a browser: the period typed in Dutch boxes, the answers as columns, the givers grouped.</summary>
public sealed class RegisterFiltersTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task A_period_that_cannot_be_is_said_at_its_boxes_which_keep_what_was_typed()
    {
        await using var iris = await LoketPage.OpenAsync(host, "register-period");
        var page = iris.Page;
        await iris.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        // The demo's secretaris declared a side activity in January 2026.
        await iris.VisitAsync("/registers/nevenwerkzaamheden");
        var from = page.GetByRole(AriaRole.Group, new() { Name = "Ingediend van" });
        await from.GetByLabel("Dag").FillAsync("31");
        await from.GetByLabel("Maand").FillAsync("2");
        await from.GetByLabel("Jaar").FillAsync("2026");

        await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync());

        await Expect(page.Locator("#foutmeldingen")).ToContainTextAsync("31 februari 2026 bestaat niet.");
        await Expect(from.GetByLabel("Dag")).ToHaveValueAsync("31");
        await Expect(from.GetByLabel("Maand")).ToHaveValueAsync("2");
        await iris.ScreenshotAsync();

        await from.GetByLabel("Dag").FillAsync("1");
        await from.GetByLabel("Maand").FillAsync("1");
        await page.GetByLabel("Jaar van indienen").SelectOptionAsync("2026");
        await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync());
        await Expect(page.Locator("#foutmeldingen")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Is het betaald werk?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Stichting Bibliotheek in de regio");
        await iris.ScreenshotAsync();
    }

    [Fact]
    public async Task The_givers_view_lists_a_givers_spellings_under_it()
    {
        await using var iris = await LoketPage.OpenAsync(host, "register-givers");
        await iris.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");

        Assert.Equal(200, await iris.VisitAsync("/registers/gevers"));

        await Expect(iris.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gevers van geschenken");
        await iris.ScreenshotAsync();
    }
}
