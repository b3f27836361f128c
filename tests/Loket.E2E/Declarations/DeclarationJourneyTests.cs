using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Declarations;

/// <summary>
/// Employee declares a gift → the verdict cites its article → she checks her answers → the manager
/// decides seeing them → the officer finds it in the register and exports it; the verdict takes focus
/// after "Bekijk oordeel"; and the public register of top officials' side activities.
/// </summary>
public sealed class DeclarationJourneyTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task A_gift_goes_from_the_employee_past_the_verdict_and_the_manager_into_the_register_and_its_csv()
    {
        var subject = $"Fles wijn {Guid.NewGuid():N}"[..20];
        await using (var mila = await LoketPage.OpenAsync(host, "gift-employee"))
        {
            var page = mila.Page;
            await mila.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");
            await mila.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mijn opgaven" }).ClickAsync());
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Een geschenk opgeven" }).ClickAsync());
            await page.GetByLabel("Waar gaat je opgave over?").FillAsync(subject);
            await page.GetByLabel("Van wie (gever, organisatie)?").FillAsync("Adviesbureau Zuid");
            await page.GetByLabel("Wat is de geschatte waarde in euro's?").FillAsync("€ 30,00");
            await page.GetByLabel("Heb je het geschenk aangenomen").SelectOptionAsync("accepted");
            // The invitation as a PDF, and a program that pretends to be a photo: the bytes decide.
            await page.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(
            [
                new FilePayload { Name = "bedankbrief.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() },
                new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0] },
            ]);

            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bekijk oordeel" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Oordeel:" })).ToBeVisibleAsync();
            await Expect(page.Locator(".loket-verdict")).ToContainTextAsync("Artikel 4.3");
            await Expect(page.GetByLabel("Waar gaat je opgave over?")).ToHaveValueAsync(subject);
            await Expect(page.Locator("#foutmeldingen")).ToContainTextAsync("'foto.jpg' is geen PDF of een afbeelding");
            // An error comes before the verdict: the summary has the focus.
            await Expect(page.Locator("#foutmeldingen")).ToBeFocusedAsync();
            await Expect(page.GetByLabel("bedankbrief.pdf", new() { Exact = false })).ToBeCheckedAsync();

            // Check your answers: nothing is stored yet; "Wijzigen" goes back with everything kept.
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en indienen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Controleer je opgave van een geschenk");
            await Expect(page.Locator(".loket-answers")).ToContainTextAsync("€ 30");
            await Expect(page.Locator(".loket-answers")).ToContainTextAsync("Aangenomen");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("bedankbrief.pdf");
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Wijzigen" }).ClickAsync());
            await Expect(page.GetByLabel("Waar gaat je opgave over?")).ToHaveValueAsync(subject);
            await Expect(page.GetByLabel("Wat is de geschatte waarde in euro's?")).ToHaveValueAsync("€ 30,00");
            await Expect(page.GetByLabel("bedankbrief.pdf", new() { Exact = false })).ToBeCheckedAsync();
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en indienen" }).ClickAsync());
            await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opgave indienen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mark Manager");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "bedankbrief.pdf" })).ToBeVisibleAsync();
            await Expect(page.Locator(".loket-answers")).ToContainTextAsync("€ 30");
        }

        await using (var mark = await LoketPage.OpenAsync(host, "gift-manager"))
        {
            var page = mark.Page;
            await mark.SubmitLoginAsync("Gemeente Leiden", "manager@leiden");
            await mark.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Beslissen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Medewerker" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject })).ToContainTextAsync("Mila Medewerker");
            await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync());
            // The manager decides seeing what was declared.
            await Expect(page.Locator(".loket-answers")).ToContainTextAsync("€ 30");
            await Expect(page.Locator(".loket-answers")).ToContainTextAsync("Aangenomen");
            var attachment = await page.Context.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = "bedankbrief.pdf" }).GetAttributeAsync("href"))!);
            Assert.Equal(200, attachment.Status);
            Assert.Equal("application/pdf", attachment.Headers["content-type"]);
            await page.GetByLabel("Goedgekeurd", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Wat gebeurt er met het geschenk?").SelectOptionAsync("Raffle");
            await mark.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Verloten onder collega's");
        }

        await using var iris = await LoketPage.OpenAsync(host, "gift-officer");
        await iris.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await iris.NavigateByAsync(() => iris.Page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Registers" }).ClickAsync());
        await iris.Page.GetByLabel("Zoeken").FillAsync(subject);
        await iris.NavigateByAsync(() => iris.Page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync());
        await Expect(iris.Page.GetByRole(AriaRole.Table)).ToContainTextAsync(subject);
        var href = await iris.Page.GetByRole(AriaRole.Link, new() { Name = "Exporteren als CSV" }).GetAttributeAsync("href");
        var csv = await iris.Page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        Assert.Contains(subject, await csv.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_Bekijk_oordeel_the_verdict_has_focus_and_the_live_refresh_announces_only_a_changed_colour()
    {
        await using var mila = await LoketPage.OpenAsync(host, "verdict-focus");
        var page = mila.Page;
        await mila.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");
        await mila.VisitAsync("/meldingen/nieuw/geschenk");
        await page.GetByLabel("Waar gaat je opgave over?").FillAsync("Taart");
        var value = page.GetByLabel("Wat is de geschatte waarde in euro's?");
        await value.FillAsync("60");

        await mila.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bekijk oordeel" }).ClickAsync());
        await Expect(page.Locator("#oordeel-titel")).ToBeFocusedAsync();
        await Expect(page.Locator("#oordeel-titel")).ToHaveTextAsync("Oordeel: Rood");
        await Expect(page.Locator(".loket-verdict__answer")).ToHaveTextAsync("Je mag dit niet aannemen.");

        // Not the whole verdict read out on every change: one sentence, only when the colour changes.
        Assert.Null(await page.Locator("#oordeel").GetAttributeAsync("aria-live"));
        await value.FillAsync("€ 35,00");
        await value.PressAsync("Tab");
        await Expect(page.Locator("#oordeel-titel")).ToHaveTextAsync("Oordeel: Groen");
        await Expect(page.Locator("#oordeel-status")).ToHaveTextAsync("Oordeel gewijzigd: Groen");
        await mila.ScreenshotAsync();
    }

    [Fact]
    public async Task A_top_officials_side_activity_appears_on_the_public_page_after_the_officers_review()
    {
        var organisation = $"Stichting Duin {Guid.NewGuid():N}"[..22];
        await using (var sander = await LoketPage.OpenAsync(host, "top-official"))
        {
            var page = sander.Page;
            await sander.SubmitLoginAsync("Gemeente Leiden", "secretaris@leiden");
            await sander.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mijn opgaven" }).ClickAsync());
            await sander.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Een nevenwerkzaamheid opgeven" }).ClickAsync());
            // Told before submitting, with the law that requires it.
            await Expect(page.Locator("#openbaarmaking")).ToContainTextAsync("openbaar gemaakt");
            await Expect(page.Locator("#openbaarmaking")).ToContainTextAsync("Ambtenarenwet 2017");
            await page.GetByLabel("Waar gaat je opgave over?").FillAsync("Lid van de raad van toezicht");
            await page.GetByLabel("Bij welke organisatie?").FillAsync(organisation);
            await page.GetByLabel("Welke rol of functie heb je daar?").FillAsync("Lid raad van toezicht");
            await page.Locator("#Input_Answers_paid_false").CheckAsync();
            await sander.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en indienen" }).ClickAsync());
            await Expect(page.Locator(".loket-answers")).ToContainTextAsync("Nee");
            await sander.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opgave indienen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("integriteitscoördinator");
        }

        await using (var iris = await LoketPage.OpenAsync(host, "top-official-review"))
        {
            var page = iris.Page;
            await iris.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
            await iris.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Beslissen" }).ClickAsync());
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lid van de raad van toezicht" }).First.ClickAsync());
            await page.GetByLabel("Goedgekeurd", new() { Exact = true }).CheckAsync();
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
            // From the decision page to a preview of the public row, then publish.
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Bekijk wat het register gaat tonen en publiceer" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Actuele nevenwerkzaamheden" })).ToContainTextAsync(organisation);
            await iris.ScreenshotAsync();
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Gepubliceerd op");
            await iris.VisitAsync($"/registers/nevenwerkzaamheden?q={Uri.EscapeDataString(organisation)}");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Gepubliceerd");
        }

        await using var visitor = await LoketPage.OpenAsync(host, "public-register");
        Assert.Equal(200, await visitor.VisitAsync("/openbaar/leiden/nevenwerkzaamheden"));
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nevenwerkzaamheden van topfunctionarissen");
        await Expect(visitor.Page.GetByRole(AriaRole.Table)).ToContainTextAsync(organisation);
        await Expect(visitor.Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Sander Secretaris");
        await Expect(visitor.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Laatst gewijzigd");
        // The employee's own description is not fit for publication.
        await Expect(visitor.Page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Lid van de raad van toezicht");
    }
}
