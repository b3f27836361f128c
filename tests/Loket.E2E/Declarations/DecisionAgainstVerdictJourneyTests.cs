using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Declarations;

/// <summary>
/// Issue 14 in the browser: in Alphen aan den Rijn a gift over € 50 is Rood; the manager who approves it
/// anyway is warned, must motivate it, can only give it a destination Alphen's toelichting 4 allows (no
/// "Zelf houden"), and the officer's register marks the decision as against the verdict.
/// </summary>
public sealed class DecisionAgainstVerdictJourneyTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task A_manager_approving_a_red_gift_must_motivate_it_and_the_register_marks_it()
    {
        var subject = $"Kistje wijn {Guid.NewGuid():N}"[..22];
        await using (var mila = await LoketPage.OpenAsync(host, "against-employee"))
        {
            var page = mila.Page;
            await mila.SubmitLoginAsync("Gemeente Alphen aan den Rijn", "medewerker@alphen-aan-den-rijn");
            await mila.VisitAsync("/meldingen/nieuw/geschenk");
            await page.GetByLabel("Waar gaat je opgave over?").FillAsync(subject);
            await page.GetByLabel("Van wie (gever, organisatie)?").FillAsync("Wijnhandel Rijnzicht");
            await page.GetByLabel("Wat is de geschatte waarde in euro's?").FillAsync("80");
            await page.GetByLabel("Heb je het geschenk aangenomen").SelectOptionAsync("accepted");
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en indienen" }).ClickAsync());
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opgave indienen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je opgave is ingediend");
        }

        await using (var mark = await LoketPage.OpenAsync(host, "against-manager"))
        {
            var page = mark.Page;
            await mark.SubmitLoginAsync("Gemeente Alphen aan den Rijn", "manager@alphen-aan-den-rijn");
            await mark.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Beslissen" }).ClickAsync());
            await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync());
            var form = page.Locator("form.loket-decision-form");
            await Expect(form.Locator(".utrecht-alert--warning")).ToContainTextAsync("Het oordeel van de gedragscode is rood");
            var destination = page.GetByLabel("Wat gebeurt er met het geschenk?");
            await Expect(destination.Locator("option")).ToHaveTextAsync(["Kies", "Verloten onder collega's", "Tentoonstellen op de afdeling", "Naar een goed doel", "Teruggeven aan de gever"]);
            await Expect(form).ToContainTextAsync("De keuzes volgen de gedragscode (toel. 4).");
            await mark.ScreenshotAsync();

            // Approving without a motivation is refused, with the reason in the error summary.
            await page.GetByLabel("Goedgekeurd", new() { Exact = true }).CheckAsync();
            await destination.SelectOptionAsync("Raffle");
            await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
            await Expect(page.Locator("#foutmeldingen")).ToContainTextAsync("Motiveer waarom je de opgave toch goedkeurt");
            await mark.ScreenshotAsync();

            await page.GetByLabel("Goedgekeurd", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Motivering").FillAsync("De gever is een vrijwilligersorganisatie die niets van ons nodig heeft; de wijn wordt verloot.");
            await page.GetByLabel("Wat gebeurt er met het geschenk?").SelectOptionAsync("Raffle");
            await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Tegen het oordeel in");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Verloten onder collega's");
            await mark.ScreenshotAsync();
        }

        await using var iris = await LoketPage.OpenAsync(host, "against-officer");
        await iris.SubmitLoginAsync("Gemeente Alphen aan den Rijn", "integriteit@alphen-aan-den-rijn");
        await iris.VisitAsync($"/registers/geschenken?q={Uri.EscapeDataString(subject)}");
        await Expect(iris.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject })).ToContainTextAsync("Tegen het oordeel in");
        await iris.ScreenshotAsync();
    }
}
