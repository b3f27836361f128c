using System.Globalization;
using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Loket.Web.Infrastructure.Time;
using Microsoft.Playwright;
using static Loket.E2E.Infrastructure.FormSteps;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Onboarding;

/// <summary>
/// Issue 19 point 6 in a browser, on a clock the test moves past the first working day. In Alphen aan den Rijn an
/// HR adviser adds an intern who starts in two weeks and makes her checklist; the intern signs in before her start
/// and signs the municipality's confidentiality statement in the product; after the start HR records the VOG,
/// the integrity training and the promise, and the checklist is complete. In Leidschendam-Voorburg the oath
/// recorded before the introduction training is refused, citing the code, and succeeds after it.
/// </summary>
public sealed class OnboardingJourneyTests(MovableClockHost host) : IClassFixture<MovableClockHost>
{
    private const string Alphen = "Gemeente Alphen aan den Rijn";
    private const string LeidschendamVoorburg = "Gemeente Leidschendam-Voorburg";
    private const string Intern = "Noa Nieuwenhuis";
    private const string InternPassword = "Eerste dag op het stadhuis aan de Rijn";
    private const string FormulaTitle = "Ambtseed en -belofte gemeente";
    private const string FormulaText = "Ik zweer/beloof dat ik mijn ambt getrouw zal vervullen en geheim zal houden wat mij in vertrouwen is meegedeeld.";

    private DateOnly Today => DutchTime.Day(host.Clock.GetUtcNow());

    [Fact]
    public async Task In_Alphen_an_intern_signs_the_confidentiality_statement_before_her_start_and_HR_completes_the_checklist_after_it()
    {
        var signedOn = Today;
        var start = signedOn.AddDays(14);
        var person = await AddInternAndOpenChecklistAsync(start);
        await GiveTheInternAnAccountAsync();

        await using (var noa = await LoketPage.OpenAsync(host, "alphen-stagiair"))
        {
            var page = noa.Page;
            // Two weeks before her first day: in as an employee, because HR made her checklist.
            await noa.SubmitLoginAsync(Alphen, "n.nieuwenhuis@alphen", InternPassword);
            await Expect(page).ToHaveURLAsync(new Regex("/mijn$"));
            await noa.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Nog open op je checklist voor je start" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn start");
            var mine = page.GetByRole(AriaRole.Main);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geheimhoudingsverklaring gemeente Alphen aan den Rijn" })).ToBeVisibleAsync();
            await Expect(mine).ToContainTextAsync($"Onderteken deze verklaring vóór je eerste werkdag (uiterlijk {DutchTime.Written(DutchWorkingDays.Add(start, -1))}).");
            await Expect(page.Locator("blockquote")).ToContainTextAsync("Ik verklaar dat ik geheimhouding bewaar over alles wat ik bij mijn werkzaamheden voor de gemeente Alphen aan den Rijn te weten kom");
            await Expect(mine).ToContainTextAsync("Bron: Gedragscode voor ambtenaren bij de gemeente Alphen aan den Rijn (college 8 september 2020), toelichting 2; Ambtenarenwet 2017 art. 9.");

            // Signing without the tick is no signature: said in Dutch, on the box.
            await noa.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verklaring ondertekenen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vink aan dat je de verklaring hebt gelezen en ermee instemt; anders is zij niet ondertekend." })).ToBeVisibleAsync();
            await page.GetByLabel("Ik heb de verklaring gelezen en onderteken haar").CheckAsync();
            await noa.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verklaring ondertekenen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je hebt de verklaring ondertekend. Dank je wel.");
            await Expect(mine).ToContainTextAsync($"Je hebt deze verklaring ondertekend op {DutchTime.Date(signedOn)}");
            var pdf = await page.Context.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = "Download de ondertekende verklaring (pdf)" }).GetAttributeAsync("href"))!);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);

            await noa.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Ik heb de gedragscode ontvangen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je hebt bevestigd dat je de gedragscode hebt ontvangen.");
            await Expect(Row(page, "Verklaring ondertekend")).ToContainTextAsync($"gedaan op {DutchTime.Written(signedOn)}");
            await Expect(Row(page, "Verklaring omtrent het gedrag (VOG)")).ToContainTextAsync("HR regelt het met je");
        }

        // Three days after her first day.
        host.Clock.MoveDays(start.DayNumber - Today.DayNumber + 3);
        var training = start.AddDays(1);
        var promise = start.AddDays(2);

        await using var hanna = await LoketPage.OpenAsync(host, "alphen-hr-na-start");
        var hr = hanna.Page;
        await hanna.SubmitLoginAsync(Alphen, "hr@alphen-aan-den-rijn");
        await hanna.NavigateByAsync(() => hr.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Indiensttreding" }).ClickAsync());
        await Expect(hr.GetByRole(AriaRole.Table, new() { Name = "Open checklists, de eerste uiterste datum eerst" })).ToContainTextAsync(Intern);
        await hanna.NavigateByAsync(() => hr.GetByRole(AriaRole.Link, new() { Name = Intern }).ClickAsync());
        await Expect(Row(hr, "Verklaring ondertekend")).ToContainTextAsync($"gedaan op {DutchTime.Written(signedOn)} ({Intern})");
        await Expect(hr.GetByRole(AriaRole.Main)).ToContainTextAsync($"Geheimhoudingsverklaring gemeente Alphen aan den Rijn, ondertekend door {Intern} op {DutchTime.Date(signedOn)}");

        // No formula yet: the page says so and links to where it is recorded, with its source.
        await hanna.NavigateByAsync(() => hr.GetByRole(AriaRole.Link, new() { Name = "Leg eerst de formule uit de bijlage van het Uitvoeringsbesluit Ambtenarenwet 2017 vast" }).ClickAsync());
        await RegisterFormulaAsync(hanna, "Alphen aan den Rijn");
        await hanna.VisitAsync(person);

        var vog = hr.Locator("#vog-vastleggen");
        await FillDateAsync(vog, "Aangevraagd op", signedOn);
        await FillDateAsync(vog, "Ontvangen op (leeg zolang hij er niet is)", start);
        await vog.GetByLabel("Screeningsprofiel").FillAsync("45 (algemeen)");
        await vog.GetByLabel("Gecontroleerd door").FillAsync("Hanna HR-adviseur");
        await hanna.NavigateByAsync(() => vog.GetByRole(AriaRole.Button, new() { Name = "VOG vastleggen" }).ClickAsync());
        await Expect(hr.GetByRole(AriaRole.Status)).ToContainTextAsync("De VOG is vastgelegd.");

        var course = hr.Locator("#training-introductie");
        await FillDateAsync(course, "Gevolgd op", training);
        await course.GetByLabel("Gegeven door").FillAsync("Team Integriteit");
        await hanna.NavigateByAsync(() => course.GetByRole(AriaRole.Button, new() { Name = "Training vastleggen" }).ClickAsync());
        await Expect(hr.GetByRole(AriaRole.Status)).ToContainTextAsync("De training is vastgelegd.");

        // A tired adviser types the year in two digits: one Dutch error on the date, everything typed kept.
        var oath = hr.Locator("#eed-vastleggen");
        await Expect(oath.GetByLabel("Formule")).ToContainTextAsync($"{FormulaTitle} Alphen aan den Rijn");
        await oath.GetByRole(AriaRole.Radio, new() { Name = "Belofte" }).CheckAsync();
        await FillDateAsync(oath, "Afgelegd op", promise);
        await oath.GetByLabel("Jaar").FillAsync((promise.Year % 100).ToString(CultureInfo.InvariantCulture));
        await oath.GetByLabel("Plaats").FillAsync("Alphen aan den Rijn");
        await oath.GetByLabel("Afgenomen door").FillAsync("Sander Secretaris, gemeentesecretaris");
        await oath.GetByLabel("Getuige").FillAsync("Mark Manager");
        await hanna.NavigateByAsync(() => oath.GetByRole(AriaRole.Button, new() { Name = "Eed of belofte vastleggen" }).ClickAsync());
        await Expect(hr.GetByRole(AriaRole.Link, new() { Name = "Het jaar moet vier cijfers hebben, bijvoorbeeld 2027." })).ToBeVisibleAsync();
        await Expect(oath.GetByRole(AriaRole.Group, new() { Name = "Afgelegd op" })).ToContainTextAsync("Het jaar moet vier cijfers hebben");
        await Expect(oath.GetByLabel("Dag")).ToHaveValueAsync(promise.Day.ToString(CultureInfo.InvariantCulture));
        await Expect(oath.GetByLabel("Jaar")).ToHaveValueAsync((promise.Year % 100).ToString(CultureInfo.InvariantCulture));
        await Expect(oath.GetByRole(AriaRole.Radio, new() { Name = "Belofte" })).ToBeCheckedAsync();
        await Expect(oath.GetByLabel("Plaats")).ToHaveValueAsync("Alphen aan den Rijn");
        await Expect(oath.GetByLabel("Afgenomen door")).ToHaveValueAsync("Sander Secretaris, gemeentesecretaris");
        await Expect(oath.GetByLabel("Getuige")).ToHaveValueAsync("Mark Manager");

        await oath.GetByLabel("Jaar").FillAsync(promise.Year.ToString(CultureInfo.InvariantCulture));
        await hanna.NavigateByAsync(() => oath.GetByRole(AriaRole.Button, new() { Name = "Eed of belofte vastleggen" }).ClickAsync());
        await Expect(hr.GetByRole(AriaRole.Status)).ToContainTextAsync("De eed of belofte is vastgelegd.");
        var main = hr.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync($"Belofte afgelegd op {DutchTime.Written(promise)} in Alphen aan den Rijn, afgenomen door Sander Secretaris, gemeentesecretaris, getuige Mark Manager.");
        await Expect(main).ToContainTextAsync($"Formule: {FormulaTitle} Alphen aan den Rijn (Uitvoeringsbesluit Ambtenarenwet 2017, bijlage, onderdeel Gemeente Alphen aan den Rijn).");
        await Expect(main.Locator("blockquote")).ToHaveTextAsync(FormulaText);

        // Complete: every row done, on the day it happened, and the person gone from what is open.
        await Expect(Row(hr, "Introductietraining integriteit")).ToContainTextAsync($"gedaan op {DutchTime.Written(training)} (Team Integriteit)");
        await Expect(Row(hr, "Eed of belofte afgelegd")).ToContainTextAsync($"gedaan op {DutchTime.Written(promise)}");
        await Expect(Row(hr, "Verklaring omtrent het gedrag (VOG)")).ToContainTextAsync($"gedaan op {DutchTime.Written(start)} (Hanna HR-adviseur)");
        await Expect(hr.GetByRole(AriaRole.Table, new() { Name = $"Checklist van {Intern}" }).Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(main).ToContainTextAsync($"De checklist van {Intern} is compleet.");
        await hanna.NavigateByAsync(() => hr.GetByRole(AriaRole.Link, new() { Name = "Terug naar indiensttreding" }).ClickAsync());
        await Expect(hr.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(Intern);
    }

    [Fact]
    public async Task In_Leidschendam_Voorburg_the_oath_before_the_introduction_training_is_refused_citing_the_code_and_recorded_after_it()
    {
        var start = Today.AddDays(-7);
        await using var hanna = await LoketPage.OpenAsync(host, "lv-hr");
        var page = hanna.Page;
        await hanna.SubmitLoginAsync(LeidschendamVoorburg, "hr@leidschendam-voorburg");
        await hanna.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Medewerkers" }).ClickAsync());
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Medewerker toevoegen" }).ClickAsync());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Bram Beginner");
        await page.GetByLabel("Personeelsnummer").FillAsync("E2E-4101");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ambtenaar" }).CheckAsync();
        await FillDateAsync(page.GetByRole(AriaRole.Main), "Eerste werkdag", start);
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Medewerker toevoegen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bram Beginner is toegevoegd.");

        await hanna.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Indiensttreding" }).ClickAsync());
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "formules voor eed en belofte" }).ClickAsync());
        await RegisterFormulaAsync(hanna, "Leidschendam-Voorburg");
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Terug naar indiensttreding" }).ClickAsync());
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Bram Beginner" }).ClickAsync());
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Checklist maken" }).ClickAsync());
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync("Volgorde (integriteitsbeleid van Leidschendam-Voorburg, 4.1): “Nadat deze training is afgelegd, wordt de eed of belofte afgelegd.”");
        await Expect(Row(page, "Introductietraining integriteit")).ToContainTextAsync("integriteitsbeleid van Leidschendam-Voorburg, 2.2; 4.1");

        // The oath first, as HR would on the day of the ceremony: refused, with the code's words, and the form kept.
        var oath = page.Locator("#eed-vastleggen");
        await oath.GetByRole(AriaRole.Radio, new() { Name = "Eed" }).CheckAsync();
        await FillDateAsync(oath, "Afgelegd op", Today.AddDays(-1));
        await oath.GetByLabel("Plaats").FillAsync("Leidschendam");
        await oath.GetByLabel("Afgenomen door").FillAsync("Sander Secretaris, gemeentesecretaris");
        await oath.GetByLabel("Getuige").FillAsync("Hanna HR-adviseur");
        await hanna.NavigateByAsync(() => oath.GetByRole(AriaRole.Button, new() { Name = "Eed of belofte vastleggen" }).ClickAsync());
        const string Refusal = "Eerst de training morele oordeelsvorming, dan de eed of belofte (integriteitsbeleid van Leidschendam-Voorburg, 4.1: \"Nadat deze training is afgelegd, wordt de eed of belofte afgelegd.\"). Leg de training eerst vast.";
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(Refusal);
        await Expect(oath.GetByLabel("Plaats")).ToHaveValueAsync("Leidschendam");
        await Expect(oath.GetByRole(AriaRole.Radio, new() { Name = "Eed" })).ToBeCheckedAsync();
        await Expect(Row(page, "Eed of belofte afgelegd")).ToContainTextAsync("open");

        var course = page.Locator("#training-introductie");
        await FillDateAsync(course, "Gevolgd op", Today.AddDays(-2));
        await course.GetByLabel("Gegeven door").FillAsync("Bureau Morele Oordeelsvorming");
        await hanna.NavigateByAsync(() => course.GetByRole(AriaRole.Button, new() { Name = "Training vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De training is vastgelegd.");

        await oath.GetByRole(AriaRole.Radio, new() { Name = "Eed" }).CheckAsync();
        await FillDateAsync(oath, "Afgelegd op", Today.AddDays(-1));
        await oath.GetByLabel("Plaats").FillAsync("Leidschendam");
        await oath.GetByLabel("Afgenomen door").FillAsync("Sander Secretaris, gemeentesecretaris");
        await oath.GetByLabel("Getuige").FillAsync("Hanna HR-adviseur");
        await hanna.NavigateByAsync(() => oath.GetByRole(AriaRole.Button, new() { Name = "Eed of belofte vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De eed of belofte is vastgelegd.");
        await Expect(Row(page, "Introductietraining integriteit")).ToContainTextAsync($"gedaan op {DutchTime.Written(Today.AddDays(-2))}");
        await Expect(Row(page, "Eed of belofte afgelegd")).ToContainTextAsync($"gedaan op {DutchTime.Written(Today.AddDays(-1))}");
        await Expect(main).ToContainTextAsync($"Eed afgelegd op {DutchTime.Written(Today.AddDays(-1))} in Leidschendam");
    }

    /// <summary>HR adds the intern (function and department picked by typing), opens her page from the dashboard and makes the list; returns its path.</summary>
    private async Task<string> AddInternAndOpenChecklistAsync(DateOnly start)
    {
        await using var hanna = await LoketPage.OpenAsync(host, "alphen-hr");
        var page = hanna.Page;
        await hanna.SubmitLoginAsync(Alphen, "hr@alphen-aan-den-rijn");
        await hanna.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Medewerkers" }).ClickAsync());
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Medewerker toevoegen" }).ClickAsync());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(Intern);
        await page.GetByLabel("Personeelsnummer").FillAsync("E2E-3101");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Stagiair" }).CheckAsync();
        await FillDateAsync(page.GetByRole(AriaRole.Main), "Eerste werkdag", start);
        await PickAsync(page, "Afdeling (niet verplicht)", "dienstverl", "Afdeling Dienstverlening (Directie)");
        await PickAsync(page, "Functie (niet verplicht)", "stagi", "Stagiair");
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Medewerker toevoegen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{Intern} is toegevoegd.");

        await hanna.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Indiensttreding" }).ClickAsync());
        var waiting = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Intern });
        await Expect(waiting).ToHaveTextAsync($"{Intern}, Afdeling Dienstverlening, start {DutchTime.Written(start)}");
        await hanna.NavigateByAsync(() => waiting.GetByRole(AriaRole.Link, new() { Name = Intern }).ClickAsync());
        var person = new Uri(page.Url).AbsolutePath;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Indiensttreding van {Intern}");
        await Expect(page.Locator(".utrecht-data-list__item").Filter(new() { HasText = "Eerste werkdag" })).ToContainTextAsync(DutchTime.Written(start));
        await hanna.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Checklist maken" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De checklist van {Intern} is gemaakt.");

        // HR is told that the intern signs herself, from when, and that she has no account yet.
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"doet {Intern} op de eigen pagina in het loket, al vóór de eerste werkdag: inloggen kan vanaf {DutchTime.Written(start.AddDays(-30))}.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{Intern} heeft nog geen account dat aan deze gegevens is gekoppeld: vraag de beheerder om een uitnodiging.");

        // What Alphen's code asks of an intern, each with its article: the statement before the first day.
        var statement = Row(page, "Verklaring ondertekend");
        await Expect(statement).ToContainTextAsync("(door de persoon zelf)");
        await Expect(statement).ToContainTextAsync(DutchTime.Written(DutchWorkingDays.Add(start, -1)));
        await Expect(statement).ToContainTextAsync("gedragscode van Alphen aan den Rijn, toelichting 2");
        await Expect(Row(page, "Eed of belofte afgelegd")).ToContainTextAsync("gedragscode van Alphen aan den Rijn, inleiding; toelichting 2");
        await Expect(Row(page, "Gedragscode ontvangen")).ToContainTextAsync("gedragscode van Alphen aan den Rijn, algemene bepalingen");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = $"Checklist van {Intern}" }).Locator("tbody tr")).ToHaveCountAsync(5);
        // The one item not asked is explained by where it would come from: the functions map, not the code.
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Training kwetsbare functie: De functie Stagiair is op de functiekaart geen kwetsbare functie (geen risicogebied hoog).");
        return person;
    }

    /// <summary>The administrator adds her account with a starting password; the link to her record waits for the integrity officer's approval.</summary>
    private async Task GiveTheInternAnAccountAsync()
    {
        await using (var bea = await LoketPage.OpenAsync(host, "alphen-beheer"))
        {
            var page = bea.Page;
            await bea.SubmitLoginAsync(Alphen, "beheerder@alphen-aan-den-rijn");
            await bea.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Gebruikers en rollen" }).ClickAsync());
            await page.GetByLabel("Gebruikersnaam").FillAsync("n.nieuwenhuis@alphen");
            await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(Intern);
            await page.GetByLabel("Personeelsnummer (optioneel)").FillAsync("E2E-3101");
            await page.GetByLabel("Beginwachtwoord (optioneel)").FillAsync(InternPassword);
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Medewerker", Exact = true }).CheckAsync();
            await bea.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{Intern} is toegevoegd.");
        }

        await using var iris = await LoketPage.OpenAsync(host, "alphen-goedkeuren");
        await iris.SubmitLoginAsync(Alphen, "integriteit@alphen-aan-den-rijn");
        await iris.NavigateByAsync(() => iris.Page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Rollen goedkeuren" }).ClickAsync());
        await iris.NavigateByAsync(() => iris.Page.GetByRole(AriaRole.Button, new() { Name = $"Goedkeuren voor {Intern}" }).ClickAsync());
        await Expect(iris.Page.GetByText("Er wacht niets op goedkeuring.")).ToBeVisibleAsync();
    }

    /// <summary>On the formulas page: without a source the formula is refused and the text kept; with it, recorded.</summary>
    private static async Task RegisterFormulaAsync(LoketPage hr, string municipality)
    {
        var page = hr.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Formules voor eed en belofte");
        await page.GetByLabel("Naam").FillAsync($"{FormulaTitle} {municipality}");
        await page.GetByLabel("Tekst, letterlijk uit de bijlage").FillAsync(FormulaText);
        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Formule vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Een formule zonder bron kan niet worden gebruikt" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tekst, letterlijk uit de bijlage")).ToHaveValueAsync(FormulaText);
        await page.GetByLabel("Bron").FillAsync($"Uitvoeringsbesluit Ambtenarenwet 2017, bijlage, onderdeel Gemeente {municipality}");
        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Formule vastleggen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De formule ‘{FormulaTitle} {municipality}’ is vastgelegd.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Bron: Uitvoeringsbesluit Ambtenarenwet 2017, bijlage, onderdeel Gemeente {municipality}.");
    }

    /// <summary>A checklist row by what it is about.</summary>
    private static ILocator Row(IPage page, string what) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = what }) });
}
