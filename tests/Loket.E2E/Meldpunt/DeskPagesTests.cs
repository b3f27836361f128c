using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Meldpunt;

/// <summary>Every page of the reporting desk, in each state that changes what it shows, checked by axe.</summary>
public sealed class DeskPagesTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task A_named_report_my_reports_and_a_retaliation_report_are_accessible()
    {
        await using var employee = await LoketPage.OpenAsync(host, "meldpunt-named");
        var page = employee.Page;
        await employee.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");
        await employee.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Melden" }).ClickAsync());
        await page.GetByRole(AriaRole.Radio, new() { Name = "Op naam" }).CheckAsync();
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Leiden" });
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Misstand (maatschappelijk belang)" });
        await employee.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Beschrijf wat je hebt gezien");

        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Meetgegevens van de bodemsanering worden aangepast.");
        await employee.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn meldingen");
        await employee.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Melding M-" }).First.ClickAsync());
        await page.GetByLabel("Wat gebeurt er?").FillAsync("Ik ben ongevraagd overgeplaatst.");
        await employee.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Benadeling melden" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Melding van benadeling" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_confidants_pages_are_accessible()
    {
        await using var confidant = await LoketPage.OpenAsync(host, "meldpunt-confidant");
        var page = confidant.Page;
        await confidant.SubmitLoginAsync("Gemeente Leiden", "vertrouwenspersoon@leiden");
        await confidant.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Vertrouwenspersoon" }).ClickAsync());
        await confidant.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Melden namens iemand" }).ClickAsync());
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Ongewenst gedrag" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Een teamleider scheldt medewerkers uit.");
        await page.GetByLabel("Naam van de melder").FillAsync("Anna Anoniem");
        await page.GetByLabel("Mondeling").CheckAsync();
        var reached = page.GetByRole(AriaRole.Group, new() { Name = "Wanneer bereikte de melding je?" });
        await reached.GetByLabel("Dag").FillAsync("2");
        await reached.GetByLabel("Maand").FillAsync("11");
        await reached.GetByLabel("Jaar").FillAsync("2026");
        await confidant.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync());
        await Expect(page.Locator("[data-receipt-code]")).ToBeVisibleAsync();
        var handover = await page.Locator("[data-receipt-code]").InnerTextAsync();

        // The reporter, in a browser of their own, exchanges the handover code for a code only they see.
        await using var reporter = await LoketPage.OpenAsync(host, "meldpunt-confidant-reporter");
        await reporter.VisitAsync("/melden/inbox");
        await reporter.Page.GetByLabel("Ontvangstcode").FillAsync(handover);
        await reporter.NavigateByAsync(() => reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Melding openen" }).ClickAsync());
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je eigen ontvangstcode");
        Assert.NotEqual(handover.Trim(), (await reporter.Page.Locator("[data-own-code]").InnerTextAsync()).Trim());
        await reporter.NavigateByAsync(() => reporter.Page.GetByRole(AriaRole.Link, new() { Name = "Ik heb mijn code bewaard: verder naar mijn melding" }).ClickAsync());
        await Expect(reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Het meldpunt mag mijn naam zien" })).ToBeVisibleAsync();

        await confidant.VisitAsync("/vertrouwenspersoon");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Anna Anoniem" })).ToBeVisibleAsync();
        await confidant.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Contact registreren en jaarcijfers" }).ClickAsync());
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Datum van het contact" });
        await date.GetByLabel("Dag").FillAsync("2");
        await date.GetByLabel("Maand").FillAsync("11");
        await date.GetByLabel("Jaar").FillAsync("2026");
        await confidant.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Contact registreren" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het contact van maandag 2 november 2026 is geregistreerd.");
    }

    [Fact]
    public async Task A_manager_passes_on_a_report_and_the_officer_keeps_own_categories_accessibly()
    {
        await using var manager = await LoketPage.OpenAsync(host, "meldpunt-relay");
        var page = manager.Page;
        await manager.SubmitLoginAsync("Gemeente 's-Hertogenbosch", "manager@s-hertogenbosch");
        await manager.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Melden" }).ClickAsync());
        await manager.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Geef die melding door aan het meldpunt" }).ClickAsync());
        await manager.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding doorgeven" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies hoe de melding bij je kwam.");
        await page.GetByLabel("Ik kreeg haar als leidinggevende van de leidinggevende van de melder").CheckAsync();
        await page.GetByLabel("Schriftelijk (brief of e-mail)").CheckAsync();
        var reached = page.GetByRole(AriaRole.Group, new() { Name = "Wanneer bereikte de melding je?" });
        await reached.GetByLabel("Dag").FillAsync("2");
        await reached.GetByLabel("Maand").FillAsync("11");
        await reached.GetByLabel("Jaar").FillAsync("2026");
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Misbruik van bedrijfsmiddelen" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Per e-mail: een collega gebruikt de dienstauto voor privéritten.");
        await manager.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Melding doorgeven" }).ClickAsync());
        await Expect(page.Locator("[data-receipt-code]")).ToBeVisibleAsync();

        await using var officer = await LoketPage.OpenAsync(host, "meldpunt-categories");
        await officer.SubmitLoginAsync("Gemeente 's-Hertogenbosch", "integriteit@s-hertogenbosch");
        await officer.VisitAsync("/meldpunt/dossiers");
        await officer.NavigateByAsync(() => officer.Page.GetByRole(AriaRole.Link, new() { Name = "Eigen categorieën van meldingen" }).ClickAsync());
        await officer.Page.GetByLabel("Valt onder").SelectOptionAsync(new SelectOptionValue { Label = "Misbruik van bevoegdheden" });
        await officer.Page.GetByLabel("Naam van de eigen categorie").FillAsync("Vergunningverlening");
        await officer.NavigateByAsync(() => officer.Page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync());
        await Expect(officer.Page.GetByRole(AriaRole.Cell, new() { Name = "Vergunningverlening", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_oral_report_runs_through_every_step_of_the_case_page_accessibly()
    {
        await using var officer = await LoketPage.OpenAsync(host, "meldpunt-case");
        var page = officer.Page;
        await officer.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await officer.VisitAsync("/meldpunt/mondeling");
        await page.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Belangenverstrengeling" });
        await page.GetByLabel("Wat is er gebeurd?").FillAsync("Telefonische melding over een aanbesteding.");
        await page.GetByLabel("Verslag van het gesprek").FillAsync("De melder zag dat een beoordelaar aandelen heeft in een inschrijver.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vastleggen en ontvangstcode maken" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Naar het dossier" }).ClickAsync());

        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Ontvangst bevestigen" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vooronderzoek starten" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Motiveer het besluit.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies of er een onderzoek komt.");
        // The investigation itself runs on the protocol page (InvestigationPagesTests); here the case is not investigated.
        await page.GetByLabel("Nee, niet onderzoeken").CheckAsync();
        await page.GetByLabel("Motivering").FillAsync("De beoordelaar had zijn aandelen al gemeld.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Dossier sluiten" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef de melder eerst terugkoppeling");
        await page.GetByLabel("Bericht", new() { Exact = true }).FillAsync("Je melding is beoordeeld; er komt geen onderzoek.");
        await page.GetByLabel("Dit is de terugkoppeling").CheckAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync());

        // Issue 17.2 and 17.5: the counted record and the words for the reporter come before closing.
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Dossier sluiten" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deel de melding eerst in");
        await page.GetByRole(AriaRole.Group, new() { Name = "Om wie gaat het?" }).GetByLabel("Medewerker in dienst").CheckAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Indeling vastleggen" }).ClickAsync());
        // Not investigated, so no outcome follows from a conclusion: the handler chooses one that fits.
        await page.GetByLabel("Uitkomst", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "NotAnIntegrityMatter" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Wie deed het onderzoek?" }).GetByLabel("Een extern bureau").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is er aangifte gedaan bij de politie?" }).GetByLabel("Nee").CheckAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Afsluiting vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de kosten van het externe bureau");
        await page.GetByLabel("Kosten van het externe bureau").FillAsync("4.250");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Afsluiting vastleggen" }).ClickAsync());
        // Not investigated: the reporter reads why, in words of the desk's choosing (issue 17.5).
        await page.GetByLabel("Waarom er geen onderzoek komt").FillAsync("Je melding is beoordeeld; de collega had zijn aandelen al gemeld.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Uitleg versturen" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Dossier sluiten" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dossier heropenen" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Een extern bureau, kosten € 4.250")).ToBeVisibleAsync();
        await officer.VisitAsync("/meldpunt/dossiers");
    }
}
