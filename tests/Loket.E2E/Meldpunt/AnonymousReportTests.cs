using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Meldpunt;

/// <summary>The reporting desk in a real browser: an anonymous report, the officer's reply, the reporter reading it with the code.</summary>
public sealed class AnonymousReportTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task An_anonymous_reporter_gets_a_code_and_reads_the_officers_reply_with_it()
    {
        // The reporter: no account, reports, saves the code.
        await using var reporter = await LoketPage.OpenAsync(host, "meldpunt-reporter");
        var page = reporter.Page;
        await reporter.VisitAsync("/melden");
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Leiden" });
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Corruptie (omkoping, fraude, diefstal)" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Een ambtenaar laat zich betalen voor een snellere vergunning.");
        await reporter.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je melding is ontvangen");
        var code = await page.Locator("[data-receipt-code]").InnerTextAsync();
        Assert.Matches(@"^\d{4} \d{4} \d{4} \d{4}$", code.Trim());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deze pagina afdrukken" })).ToBeVisibleAsync();
        await page.GetByLabel("Ik heb mijn ontvangstcode bewaard").CheckAsync();
        await reporter.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verder naar mijn melding" }).ClickAsync());
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var reference = heading.Split(' ')[^1];

        // The officer: takes the case on, acknowledges, replies.
        await using var officer = await LoketPage.OpenAsync(host, "meldpunt-officer");
        await officer.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await officer.NavigateByAsync(() => officer.Page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Meldpunt" }).ClickAsync());
        await officer.NavigateByAsync(() => officer.Page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync());
        await officer.Page.GetByLabel("Reden", new() { Exact = true }).FillAsync("Nieuwe melding zonder behandelaar; ik heb dienst.");
        await officer.NavigateByAsync(() => officer.Page.GetByRole(AriaRole.Button, new() { Name = "In behandeling nemen" }).ClickAsync());
        await officer.NavigateByAsync(() => officer.Page.GetByRole(AriaRole.Button, new() { Name = "Ontvangst bevestigen" }).ClickAsync());
        await officer.Page.GetByLabel("Bericht", new() { Exact = true }).FillAsync("Dank voor uw melding. Weet u om welke vergunning het gaat?");
        await officer.NavigateByAsync(() => officer.Page.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync());
        await Expect(officer.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bericht is verstuurd.");

        // The reporter again, days later, in a fresh browser: only the code.
        await using var later = await LoketPage.OpenAsync(host, "meldpunt-reporter-later");
        await later.VisitAsync("/melden/inbox");
        await later.Page.GetByLabel("Ontvangstcode").FillAsync(code);
        await later.NavigateByAsync(() => later.Page.GetByRole(AriaRole.Button, new() { Name = "Melding openen" }).ClickAsync());
        await Expect(later.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Je melding {reference}");
        await Expect(later.Page.GetByText("Weet u om welke vergunning het gaat?")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_an_error_summary()
    {
        await using var reporter = await LoketPage.OpenAsync(host, "meldpunt-wrong-code");
        await reporter.VisitAsync("/melden/inbox");
        await reporter.Page.GetByLabel("Ontvangstcode").FillAsync("0000 0000 0000 0000");
        await reporter.NavigateByAsync(() => reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Melding openen" }).ClickAsync());

        await Expect(reporter.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze code kennen we niet");
    }
}
