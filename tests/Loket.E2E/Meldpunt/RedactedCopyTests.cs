using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Meldpunt;

/// <summary>
/// An officer makes a redacted copy for the police in a real browser: suggestions ticked, a passage
/// marked by selecting it, the preview checked, the copy made and downloaded; axe on every page.
/// </summary>
public sealed class RedactedCopyTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task An_officer_marks_a_passage_previews_and_makes_a_copy_for_the_police()
    {
        await using var officer = await LoketPage.OpenAsync(host, "meldpunt-redaction");
        var page = officer.Page;
        await officer.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await officer.VisitAsync("/meldpunt/mondeling");
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Belangenverstrengeling" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync(
            "Sanne Snel belde: Bram Bouwman van Inkoop heeft aandelen in een inschrijver. Bram tekende op 3 maart 2026 het contract. Zijn nummer is 06-98765432.");
        await page.GetByLabel("Verslag van het gesprek").FillAsync("De melder vertelde over de aandelen en het contract.");
        await page.GetByLabel("Naam van de melder (optioneel)").FillAsync("Sanne Snel");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vastleggen en ontvangstcode maken" }).ClickAsync());
        if (await page.Locator("#controle").CountAsync() > 0)
        {
            await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vastleggen en ontvangstcode maken" }).ClickAsync());
        }

        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Naar het dossier" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Weggelakte kopie maken of bekijken" }).ClickAsync());
        await Expect(page.GetByText("Van dit dossier is nog geen weggelakte kopie gemaakt.")).ToBeVisibleAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "De melding (ontvangen" }).ClickAsync());

        // Found names, the date and the number are ticked beforehand; the officer marks "aandelen in een inschrijver" by selecting it.
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Bram Bouwman" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "06-98765432 (telefoonnummer)" })).ToBeCheckedAsync();
        await page.Locator("#origineel").EvaluateAsync(@"(original, phrase) => {
            const piece = [...original.querySelectorAll('[data-at]')].find(p => p.textContent.includes(phrase));
            const at = piece.textContent.indexOf(phrase);
            const range = document.createRange();
            range.setStart(piece.firstChild, at);
            range.setEnd(piece.firstChild, at + phrase.length);
            document.getSelection().removeAllRanges();
            document.getSelection().addRange(range);
        }", "aandelen in een inschrijver");
        await page.WaitForTimeoutAsync(100);
        await page.GetByRole(AriaRole.Button, new() { Name = "Geselecteerde tekst weglakken" }).ClickAsync();
        await Expect(page.GetByLabel("Tekenposities weglakken (van-tot)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d+-\d+$"));
        await page.GetByRole(AriaRole.Radio, new() { Name = "De politie" }).CheckAsync();
        await page.GetByLabel("Doel", new() { Exact = true }).FillAsync("De politie onderzoekt de aanbesteding en vroeg om de melding.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync());

        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Voorbeeld van de kopie" });
        await Expect(preview).ToContainTextAsync("[weggelakt]");
        await Expect(preview).ToContainTextAsync("belde: [weggelakt] heeft [weggelakt]. [weggelakt] tekende op [weggelakt] het contract.");
        foreach (var hidden in new[] { "Sanne", "Bouwman", "Bram", "aandelen", "98765432", "3 maart" })
        {
            await Expect(preview).Not.ToContainTextAsync(hidden);
        }

        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Kopie maken" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De weggelakte kopie is gemaakt");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "de politie", Exact = true })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF van de kopie" }).ClickAsync());
        Assert.Matches(@"^weggelakte-kopie-M-[0-9A-Z]{6}-\d{8}-\d{4}\.pdf$", download.SuggestedFilename);
    }
}
