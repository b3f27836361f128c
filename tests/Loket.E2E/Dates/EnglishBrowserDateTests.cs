using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Dates;

/// <summary>
/// An English-language Chromium in New York, as on many municipal workplaces: a native date field
/// would read 01-02-2027 as 2 January. Typed into the day, month and year boxes, 1 2 2027 is stored
/// as 1 February 2027 and said back in Dutch words.
/// </summary>
public sealed class EnglishBrowserDateTests(LoketHost host) : IClassFixture<LoketHost>
{
    private const string Locale = "en-US";
    private const string TimeZone = "America/New_York";

    [Fact]
    public async Task A_substitution_typed_as_1_2_2027_to_14_2_2027_in_an_english_browser_is_stored_as_february()
    {
        await using var mark = await LoketPage.OpenAsync(host, "dates-en-us-substitution", locale: Locale, timezoneId: TimeZone);
        var page = mark.Page;
        await mark.SubmitLoginAsync("Gemeente Leiden", "manager@leiden");
        await mark.VisitAsync("/team");
        await page.GetByLabel("Vervanger").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Eerste dag" });
        var last = page.GetByRole(AriaRole.Group, new() { Name = "Laatste dag" });
        await TypeAsync(first, "31", "2", "2027");
        await TypeAsync(last, "14", "2", "2027");

        await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vervanging instellen" }).ClickAsync());
        await Expect(page.Locator("#foutmeldingen")).ToContainTextAsync("31 februari 2027 bestaat niet.");
        await Expect(first.GetByLabel("Dag")).ToHaveValueAsync("31");
        await Expect(first.GetByLabel("Dag")).ToHaveAttributeAsync("aria-invalid", "true");
        await first.GetByLabel("Dag").FillAsync("1");
        await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vervanging instellen" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("van maandag 1 februari 2027 tot en met zondag 14 februari 2027");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("van 1-2-2027 tot en met 14-2-2027");
        var stored = await ReadAsync(db => db.Substitutions.IgnoreQueryFilters().Where(s => s.Until == new DateOnly(2027, 2, 14)).Select(s => s.From).ToListAsync());
        Assert.Equal([new DateOnly(2027, 2, 1)], stored);
    }

    [Fact]
    public async Task A_side_activity_starting_1_2_2027_typed_on_a_phone_in_an_english_browser_is_stored_as_1_february()
    {
        var organisation = $"Stichting {Guid.NewGuid():N}"[..20];
        await using var mila = await LoketPage.OpenAsync(host, "dates-en-us-side-activity", LoketPage.Mobile, Locale, TimeZone);
        var page = mila.Page;
        await mila.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");
        await mila.VisitAsync("/meldingen/nieuw/nevenwerkzaamheid");
        // The form's own wording may change; its fields keep their ids.
        await page.Locator("#Input_Subject").FillAsync("Penningmeester van de volkstuinvereniging");
        await page.Locator("#Input_Counterparty").FillAsync(organisation);
        await page.Locator("#Input_Role").FillAsync("Penningmeester");
        await page.Locator("#Input_Answers_paid_false").CheckAsync();
        var start = page.GetByRole(AriaRole.Group, new() { Name = "Vanaf wanneer?" });
        await TypeAsync(start, "1", "2", "72027");
        var submit = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("indienen$") });

        await mila.NavigateByAsync(() => submit.ClickAsync());
        await Expect(page.Locator("#foutmeldingen")).ToContainTextAsync("Het jaar moet vier cijfers hebben");
        await start.GetByLabel("Jaar").FillAsync("2027");
        await mila.NavigateByAsync(() => submit.ClickAsync());

        // The check step repeats the date in words before anything is stored, and so does the opgave itself.
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("maandag 1 februari 2027");
        await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opgave indienen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ingediend");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("maandag 1 februari 2027");
        var stored = await ReadAsync(db => db.Declarations.IgnoreQueryFilters().Where(d => d.Counterparty == organisation).Select(d => d.StartDate).ToListAsync());
        Assert.Equal([new DateOnly(2027, 2, 1)], stored);
    }

    private static async Task TypeAsync(ILocator date, string day, string month, string year)
    {
        await date.GetByLabel("Dag").FillAsync(day);
        await date.GetByLabel("Maand").FillAsync(month);
        await date.GetByLabel("Jaar").FillAsync(year);
    }

    private async Task<T> ReadAsync<T>(Func<LoketDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<LoketDbContext>());
    }
}
