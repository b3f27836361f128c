using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Loket.E2E.Infrastructure.FormSteps;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Meldpunt;

/// <summary>
/// From a report a manager received and passed on to the desk, through the inquiry, the investigation protocol and its conclusion to a
/// measure decided with HR and aftercare, every page checked by axe (issue 17).
/// </summary>
public sealed class InvestigationPagesTests(LoketHost host) : IClassFixture<LoketHost>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    [Fact]
    public async Task A_report_runs_through_the_protocol_to_a_measure_and_aftercare_accessibly()
    {
        // The report reached Leiden's team leader, who passes it on (Leiden 8.2: melden bij de leidinggevende).
        string reference;
        await using (var manager = await LoketPage.OpenAsync(host, "doorgeven"))
        {
            var relay = manager.Page;
            await manager.SubmitLoginAsync("Gemeente Leiden", "manager@leiden");
            await manager.VisitAsync("/meldpunt/doorgeven");
            await relay.GetByRole(AriaRole.Group, new() { Name = "Hoe kwam de melding bij je?" }).GetByRole(AriaRole.Radio).First.CheckAsync();
            await relay.GetByLabel("Mondeling", new() { Exact = true }).CheckAsync();
            await FillDateAsync(relay, "Wanneer bereikte de melding je?", Today);
            await relay.GetByLabel("Waar gaat het over?").SelectOptionAsync(new SelectOptionValue { Label = "Belangenverstrengeling" });
            await relay.GetByLabel("Wat is er gebeurd?").FillAsync("Een beleidsmedewerker gunt opdrachten aan het bedrijf van haar zus.");
            await relay.GetByLabel("Namen die je niet in de lijst vindt").FillAsync("Mila Medewerker");
            await manager.NavigateByAsync(() => relay.GetByRole(AriaRole.Button, new() { Name = "Melding doorgeven" }).ClickAsync());
            if (await relay.GetByRole(AriaRole.Button, new() { Name = "Melding doorgeven" }).CountAsync() > 0)
            {
                // The check of whom the names match comes first; the manager confirms it.
                await manager.NavigateByAsync(() => relay.GetByRole(AriaRole.Button, new() { Name = "Melding doorgeven" }).ClickAsync());
            }

            var passed = await relay.GetByRole(AriaRole.Status).Filter(new() { HasText = "is doorgegeven aan het meldpunt" }).InnerTextAsync();
            reference = System.Text.RegularExpressions.Regex.Match(passed, "M-[2-9A-Z]{6}").Value;
            Assert.NotEmpty(reference);
        }

        await using var officer = await LoketPage.OpenAsync(host, "onderzoek");
        var page = officer.Page;
        await officer.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await officer.VisitAsync("/meldpunt/dossiers");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).First.ClickAsync());
        await page.GetByLabel("Reden").FillAsync("Nieuwe melding zonder behandelaar; ik heb deze week dienst.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "In behandeling nemen" }).ClickAsync());
        var caseUrl = page.Url;
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Ontvangst bevestigen" }).ClickAsync());
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Vooronderzoek starten" }).ClickAsync());
        await page.GetByLabel("Ja, onderzoeken").CheckAsync();
        await page.GetByLabel("Motivering").FillAsync("Drie opdrachten zonder offerte: concrete aanwijzingen.");
        // The case page also asks whether the named person was meant, with a button of the same name.
        var decision = page.Locator("form", new() { HasText = "Komt er een onderzoek?" });
        await officer.NavigateByAsync(() => decision.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());

        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Naar het onderzoek" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rechten van de betrokkene" })).ToBeVisibleAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Onderzoek starten" }).ClickAsync());
        await page.GetByLabel("Onderzoeker van de gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Hanna HR-adviseur" });
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Intern onderzoeker toewijzen" }).ClickAsync());

        // The person concerned is heard only after being informed: the page refuses, then the order is kept.
        await page.GetByLabel("De betrokkene", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Naam van wie gehoord is").FillAsync("Mila Medewerker");
        await FillDateAsync(page, "Datum van het gesprek", Today);
        await page.GetByLabel("Verslag", new() { Exact = true }).FillAsync("Zij noemt de opdrachten spoedklussen.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verslag vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De betrokkene wordt pas gehoord nadat die is geïnformeerd");

        await page.GetByRole(AriaRole.Group, new() { Name = "Wie is de betrokkene?" }).GetByRole(AriaRole.Radio).First.CheckAsync();
        await FillDateAsync(page, "Wanneer geïnformeerd?", Today);
        await page.GetByLabel("Door wie?").FillAsync("de onderzoeker");
        await page.GetByLabel("De betrokkene kreeg uitleg over de eigen rechten").CheckAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Informeren vastleggen" }).ClickAsync());

        await page.GetByLabel("De betrokkene", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Naam van wie gehoord is").FillAsync("Mila Medewerker, met haar adviseur");
        await FillDateAsync(page, "Datum van het gesprek", Today);
        await page.GetByLabel("Er was een adviseur of raadsman bij").CheckAsync();
        await page.GetByLabel("Verslag", new() { Exact = true }).FillAsync("Zij noemt de opdrachten spoedklussen; een offerte ontbrak.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verslag vastleggen" }).ClickAsync());
        await page.GetByLabel("in een gesprek gelezen").CheckAsync();
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Voorgelegd" }).ClickAsync());
        await page.GetByLabel("Correctie of aanvulling van de geïnterviewde").FillAsync("Het waren twee spoedklussen, geen drie.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Reactie vastleggen" }).ClickAsync());
        await Expect(page.GetByText("Het waren twee spoedklussen, geen drie.")).ToBeVisibleAsync();

        await page.GetByLabel("Conceptbevindingen").FillAsync("Twee opdrachten zijn zonder offerte gegund aan het bedrijf van de zus.");
        await FillDateAsync(page, "Reageren kan tot en met", Today.AddDays(7));
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Concept aan de betrokkene voorleggen" }).ClickAsync());
        await page.GetByLabel("Reactie van de betrokkene").FillAsync("Ik wist niet dat een offerte nodig was.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Reactie vastleggen" }).ClickAsync());
        await page.GetByLabel("Rapport").FillAsync("Twee opdrachten zonder offerte; de betrokkene kende de regel niet.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Rapport vastleggen" }).ClickAsync());
        await page.GetByLabel("Conclusie").SelectOptionAsync(new SelectOptionValue { Label = "Deels gegrond" });
        await page.GetByLabel("Motivering").FillAsync("Twee van de drie opdrachten.");
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Conclusie vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De conclusie is vastgelegd");

        // HR records the measure the competent person decided, and a change of procedure.
        await using var hr = await LoketPage.OpenAsync(host, "onderzoek-hr");
        await hr.SubmitLoginAsync("Gemeente Leiden", "hr@leiden");
        await hr.VisitAsync($"{new Uri(caseUrl).AbsolutePath}/maatregelen");
        await hr.Page.GetByLabel("Maatregel", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Persoonlijk: Schriftelijke waarschuwing" });
        await FillDateAsync(hr.Page, "Datum van het besluit", Today);
        await hr.Page.GetByLabel("Besloten door").SelectOptionAsync(new SelectOptionValue { Label = "Sander Secretaris" });
        await hr.NavigateByAsync(() => hr.Page.GetByRole(AriaRole.Button, new() { Name = "Maatregel vastleggen" }).ClickAsync());
        await Expect(hr.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies de HR-adviseur");
        await hr.Page.GetByLabel("Maatregel", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Persoonlijk: Schriftelijke waarschuwing" });
        await FillDateAsync(hr.Page, "Datum van het besluit", Today);
        await hr.Page.GetByLabel("Besloten door").SelectOptionAsync(new SelectOptionValue { Label = "Sander Secretaris" });
        await hr.Page.GetByLabel("In overleg met HR-adviseur").SelectOptionAsync(new SelectOptionValue { Label = "Hanna HR-adviseur" });
        await hr.NavigateByAsync(() => hr.Page.GetByRole(AriaRole.Button, new() { Name = "Maatregel vastleggen" }).ClickAsync());
        await Expect(hr.Page.GetByRole(AriaRole.Cell, new() { Name = "Schriftelijke waarschuwing" })).ToBeVisibleAsync();
        await FillDateAsync(hr.Page, "Datum van de aangifte", Today);
        await hr.Page.GetByLabel("Aangifte gedaan door").FillAsync("de gemeentesecretaris");
        await hr.NavigateByAsync(() => hr.Page.GetByRole(AriaRole.Button, new() { Name = "Aangifte vastleggen" }).ClickAsync());
        await Expect(hr.Page.GetByText("door de gemeentesecretaris")).ToBeVisibleAsync();

        // Aftercare for the reporter, then done.
        await officer.VisitAsync(caseUrl);
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Nazorg", Exact = true }).ClickAsync());
        await page.GetByLabel("De melder", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Taak", new() { Exact = true }).FillAsync("Nagesprek met de melder over de afloop en over benadeling.");
        await page.GetByLabel("Wie doet het?").FillAsync("de vertrouwenspersoon");
        await FillDateAsync(page, "Uiterlijk op", Today.AddDays(14));
        await officer.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Taak plannen" }).ClickAsync());
        await officer.NavigateByAsync(() => page.Locator("button[name=done][value=true]").ClickAsync());
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Gedaan op" })).ToBeVisibleAsync();
    }
}
