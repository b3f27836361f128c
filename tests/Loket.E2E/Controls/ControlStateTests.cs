using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Loket.E2E.Infrastructure.ControlShots;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Controls;

/// <summary>
/// Issue 12, point 1: on the four forms where a choice matters, a checked control looks different
/// from an unchecked one (also in forced colours), a focused one from an unfocused one, and no
/// answer that matters is chosen before the person chooses it.
/// </summary>
public sealed class ControlStateTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task Gift_form_and_decision_form_show_what_is_checked_and_what_has_focus()
    {
        var subject = $"Boek {Guid.NewGuid():N}"[..16];
        await using (var employee = await LoketPage.OpenAsync(host, "controls-gift"))
        {
            var page = employee.Page;
            await employee.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");
            await employee.VisitAsync("/meldingen/nieuw/geschenk");
            await page.GetByLabel("Waar gaat je opgave over?").FillAsync(subject);
            await page.GetByLabel("Van wie (gever, organisatie)?").FillAsync("Uitgeverij Noord");
            await page.GetByLabel("Wat is de geschatte waarde in euro's?").FillAsync("20");

            var yes = page.Locator("input[type=radio][value=true]").First;
            var checkbox = page.Locator("#Input_ManagerInvolved");
            await ExpectControlsShowStateAsync(page, "gift", yes, checkbox, textbox: page.GetByLabel("Van wie (gever, organisatie)?"), select: page.GetByLabel("Heb je het geschenk aangenomen"));
            await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
            await page.ExpectChangeToShowAsync(page.Locator("input[type=radio][value=true]").Nth(1), "gift-radio-forced-colours", () => CheckAndBlurAsync(page.Locator("input[type=radio][value=true]").Nth(1)));
            await page.ExpectChangeToShowAsync(checkbox, "gift-checkbox-forced-colours", () => CheckAndBlurAsync(checkbox));
            await checkbox.UncheckAsync();
            await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.None });
            await employee.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en indienen" }).ClickAsync());
            await employee.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opgave indienen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mark Manager");
        }

        await using var manager = await LoketPage.OpenAsync(host, "controls-decision");
        var decision = manager.Page;
        await manager.SubmitLoginAsync("Gemeente Leiden", "manager@leiden");
        await manager.VisitAsync("/beslissen");
        await manager.NavigateByAsync(() => decision.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync());
        var outcomes = decision.GetByRole(AriaRole.Group, new() { Name = "Besluit" }).GetByRole(AriaRole.Radio);
        await Expect(outcomes).ToHaveCountAsync(3);
        foreach (var outcome in await outcomes.AllAsync())
        {
            await Expect(outcome).Not.ToBeCheckedAsync();
        }

        await ExpectControlsShowStateAsync(decision, "decision", decision.GetByLabel("Goedgekeurd", new() { Exact = true }),
            decision.Locator("input[type=checkbox][name='Decide.Conditions']").First, textbox: decision.GetByLabel("Motivering"), select: decision.GetByLabel("Wat gebeurt er met het geschenk?"));
    }

    [Fact]
    public async Task Report_form_and_case_assessment_show_what_is_checked_and_what_has_focus()
    {
        await using (var reporter = await LoketPage.OpenAsync(host, "controls-report"))
        {
            var page = reporter.Page;
            await reporter.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");
            await reporter.VisitAsync("/melden");
            var modes = page.GetByRole(AriaRole.Group, new() { Name = "Hoe wil je melden?" }).GetByRole(AriaRole.Radio);
            await Expect(modes).ToHaveCountAsync(2);
            await Expect(modes.First).Not.ToBeCheckedAsync();
            await Expect(modes.Last).Not.ToBeCheckedAsync();
            await Expect(page.GetByLabel("Gemeente")).ToHaveValueAsync(string.Empty);

            await ExpectControlsShowStateAsync(page, "report", modes.Last, checkbox: null, textbox: page.GetByLabel("Wat is er gebeurd?"), select: page.GetByLabel("Waar gaat het over?"));
            await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
            await page.ExpectChangeToShowAsync(modes.First, "report-radio-forced-colours", () => CheckAndBlurAsync(modes.First));
        }

        await using var officer = await LoketPage.OpenAsync(host, "controls-case");
        var desk = officer.Page;
        await officer.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await officer.VisitAsync("/meldpunt/mondeling");
        await desk.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Belangenverstrengeling" });
        await desk.GetByLabel("Wat is er gebeurd?").FillAsync("Telefonische melding over een subsidie.");
        await desk.GetByLabel("Verslag van het gesprek").FillAsync("De melder zag een subsidie aan een familielid.");
        await officer.NavigateByAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "Vastleggen en ontvangstcode maken" }).ClickAsync());
        await officer.NavigateByAsync(() => desk.GetByRole(AriaRole.Link, new() { Name = "Naar het dossier" }).ClickAsync());
        await officer.NavigateByAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "Ontvangst bevestigen" }).ClickAsync());
        await officer.NavigateByAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "Vooronderzoek starten" }).ClickAsync());
        var investigate = desk.GetByRole(AriaRole.Group, new() { Name = "Komt er een onderzoek?" }).GetByRole(AriaRole.Radio);
        await Expect(investigate.First).Not.ToBeCheckedAsync();
        await Expect(investigate.Last).Not.ToBeCheckedAsync();

        await ExpectControlsShowStateAsync(desk, "case", investigate.First, desk.GetByLabel("Dit is de terugkoppeling", new() { Exact = false }),
            textbox: desk.GetByLabel("Motivering"), select: desk.GetByLabel("Soort"));
    }

    /// <summary>Checked against unchecked, and focused against unfocused, for each kind of control on the form.</summary>
    private static async Task ExpectControlsShowStateAsync(IPage page, string form, ILocator radio, ILocator? checkbox, ILocator textbox, ILocator select)
    {
        await BlurAsync(page);
        await page.ExpectChangeToShowAsync(radio, $"{form}-radio-focus", () => FocusByKeyboardAsync(page, radio));
        await BlurAsync(page);
        await page.ExpectChangeToShowAsync(radio, $"{form}-radio-checked", () => CheckAndBlurAsync(radio));
        if (checkbox is not null)
        {
            await BlurAsync(page);
            await page.ExpectChangeToShowAsync(checkbox, $"{form}-checkbox-focus", () => FocusByKeyboardAsync(page, checkbox));
            await BlurAsync(page);
            await page.ExpectChangeToShowAsync(checkbox, $"{form}-checkbox-checked", () => CheckAndBlurAsync(checkbox));
            await checkbox.UncheckAsync();
        }

        foreach (var (control, kind) in new[] { (textbox, "textbox"), (select, "select") })
        {
            await BlurAsync(page);
            await page.ExpectChangeToShowAsync(control, $"{form}-{kind}-focus", () => FocusByKeyboardAsync(page, control));
        }

        await BlurAsync(page);
    }
}
