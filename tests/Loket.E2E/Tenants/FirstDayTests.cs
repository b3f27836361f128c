using System.Text;
using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Loket.Web.Audit;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Tenants;

/// <summary>
/// Issue 16 point 8 in a browser: the installation operator sets up a new municipality; its administrator
/// adds an HR adviser, who imports the people with a relation (a team leader and her partner); the partner
/// declares a gift; the team leader may not decide on it (not in her queue, the decision refused) and the
/// manager above her decides. Every rule works on what was entered through the pages, nothing seeded
/// but what only the command line grants (the operator, the second administrator).
/// </summary>
public sealed class FirstDayTests(LoketHost host) : IClassFixture<LoketHost>
{
    private const string Municipality = "Gemeente Noordwijk";
    private const string Password = "Een beginwachtwoord voor de eerste dag";

    private static readonly string People = string.Join('\n',
        "personeelsnummer;naam;email;dienstverband;startdatum;afdeling;afdelingsnaam;functie;functienaam;leidinggevende;relatie;relatie_soort;relatie_vanaf",
        "3001;Dirk Duinmeijer;d.duinmeijer@noordwijk.example;ambtenaar;2018-01-01;PZ;Publiekszaken;AM;Afdelingsmanager;;;;",
        "3002;Lotte Leiding;l.leiding@noordwijk.example;ambtenaar;2020-01-01;PZ-BZ;Team Burgerzaken;TL;Teamleider;3001;;;",
        "3003;Eva Evers;e.evers@noordwijk.example;ambtenaar;2021-03-01;PZ-BZ;Team Burgerzaken;MB;Medewerker burgerzaken;3002;3002;partner;2024-05-01",
        "");

    [Fact]
    public async Task In_a_new_municipality_the_imported_partner_may_not_decide_on_the_gift_and_the_manager_above_does()
    {
        var firstPassword = await CreateMunicipalityAsync();
        var secondPassword = await SecondAdministratorAsync();

        // The administrator stays signed in while HR imports: then she adds the people's accounts.
        await using var bas = await SignInWithNewSecondFactorAsync("noordwijk-admin", "beheer@noordwijk", firstPassword);
        await AddUserAsync(bas, "hr@noordwijk", "Hester HR", null, "HR-adviseur");
        await ImportPeopleAsync();
        await AddUserAsync(bas, "e.evers@noordwijk", "Eva Evers", "3003");
        await AddUserAsync(bas, "l.leiding@noordwijk", "Lotte Leiding", "3002", "Leidinggevende");
        await AddUserAsync(bas, "d.duinmeijer@noordwijk", "Dirk Duinmeijer", "3001", "Leidinggevende");

        await using (var ilse = await SignInWithNewSecondFactorAsync("noordwijk-approver", "integriteit@noordwijk", secondPassword))
        {
            await ilse.NavigateByAsync(() => ilse.Page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Rollen goedkeuren" }).ClickAsync());
            foreach (var person in new[] { "Eva Evers", "Lotte Leiding", "Dirk Duinmeijer" })
            {
                await ilse.NavigateByAsync(() => ilse.Page.GetByRole(AriaRole.Button, new() { Name = $"Goedkeuren voor {person}" }).ClickAsync());
            }

            await Expect(ilse.Page.GetByText("Er wacht niets op goedkeuring.")).ToBeVisibleAsync();
        }

        var declaration = await DeclareGiftAsync();

        await using (var lotte = await SignInAsync("noordwijk-partner", "l.leiding@noordwijk"))
        {
            var page = lotte.Page;
            await lotte.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Beslissen" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Geen opgaven.");
            // She may read it (she is Eva's manager), but there is nothing to decide with, and a decision sent anyway is refused.
            await lotte.VisitAsync(declaration);
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Dirk Duinmeijer (leidinggevende, een niveau hoger omdat de leidinggevende een relatie heeft met de medewerker)");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" })).ToHaveCountAsync(0);
            var token = await page.Locator("input[name='__RequestVerificationToken']").First.GetAttributeAsync("value");
            var forged = await page.Context.APIRequest.PostAsync($"{declaration}?handler=Decide", new()
            {
                Form = page.Context.APIRequest.CreateFormData()
                    .Set("__RequestVerificationToken", token!).Set("Decide.Outcome", "Approved").Set("Decide.GiftDestination", "Raffle"),
                MaxRedirects = 0,
            });
            Assert.Equal(200, forged.Status);
            Assert.Contains("Je mag niet beslissen over je eigen opgave of die van iemand met wie je een relatie hebt.", await forged.TextAsync(), StringComparison.Ordinal);
        }

        await using var dirk = await SignInAsync("noordwijk-decider", "d.duinmeijer@noordwijk");
        var decide = dirk.Page;
        await dirk.NavigateByAsync(() => decide.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Beslissen" }).ClickAsync());
        await dirk.NavigateByAsync(() => decide.GetByRole(AriaRole.Row).Filter(new() { HasText = "Eva Evers" }).GetByRole(AriaRole.Link).ClickAsync());
        await Expect(decide.GetByRole(AriaRole.Main)).ToContainTextAsync("Wacht op besluit");
        await decide.GetByLabel("Afgewezen", new() { Exact = true }).CheckAsync();
        await decide.GetByLabel("Motivering").FillAsync("Boven de grens van € 50: bedank de gever en stuur de mand terug.");
        await decide.GetByLabel("Wat gebeurt er met het geschenk?").SelectOptionAsync(new SelectOptionValue { Label = "Teruggeven aan de gever" });
        await dirk.NavigateByAsync(() => decide.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync());
        await Expect(decide).ToHaveURLAsync(new Regex($"{Regex.Escape(declaration)}$"));
        await Expect(decide.Locator("dl.loket-facts").Last).ToContainTextAsync("Afgewezen");
        await Expect(decide.Locator("dl.loket-facts").Last).ToContainTextAsync("Dirk Duinmeijer");
    }

    /// <summary>The operator (Leiden's administrator, made one on the command line) sets up Noordwijk and its desk; returns its first administrator's password.</summary>
    private async Task<string> CreateMunicipalityAsync()
    {
        await GrantOperatorAsync("beheerder@leiden");
        await using var operatorTab = await LoketPage.OpenAsync(host, "noordwijk-operator");
        var page = operatorTab.Page;
        await operatorTab.SubmitLoginAsync("Gemeente Leiden", "beheerder@leiden");
        await operatorTab.VisitAsync("/installatie");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Meldpunt aanmaken" }).ClickAsync());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Meldpunt integriteit Bollenstreek");
        await page.GetByLabel("Slug").FillAsync("bollenstreek");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Meldpunt aanmaken" }).ClickAsync());

        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Gemeente aanmaken" }).ClickAsync());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(Municipality);
        await page.GetByLabel("Slug").FillAsync("noordwijk");
        await page.GetByLabel("Huiskleur").FillAsync("#1f5c99");
        await page.GetByLabel("Meldpunt").SelectOptionAsync(new SelectOptionValue { Label = "Meldpunt integriteit Bollenstreek" });
        await page.GetByLabel("Gedragscode").SelectOptionAsync("leiden");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gemeente aanmaken" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Eerste beheerder van {Municipality}");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Bas Beheer");
        await page.GetByLabel("Gebruikersnaam").FillAsync("beheer@noordwijk");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Beheerder aanmaken" }).ClickAsync());
        return (await page.Locator("[data-one-time-password]").InnerTextAsync()).Trim();
    }

    /// <summary>HR imports the people with the relation, sees it recorded in the register, then signs out.</summary>
    private async Task ImportPeopleAsync()
    {
        await using var hr = await SignInAsync("noordwijk-hr", "hr@noordwijk");
        var page = hr.Page;
        await hr.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Importeren" }).ClickAsync());
        // The page names every column HR may use, each once.
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Overige kolommen: email, einddatum, afdeling,");
        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload { Name = "medewerkers.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(People) });
        await hr.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Import gelukt: 3 nieuw, 0 gewijzigd, 0 ongewijzigd.");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Relaties: 1 vastgelegd");

        await hr.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Relaties" }).ClickAsync());
        var relation = page.GetByRole(AriaRole.Table, new() { Name = "Relaties" }).Locator("tbody tr");
        await Expect(relation).ToHaveCountAsync(1);
        await Expect(relation).ToContainTextAsync("Eva Evers");
        await Expect(relation).ToContainTextAsync("Lotte Leiding");
        await Expect(relation).ToContainTextAsync("1 mei 2024");
    }

    /// <summary>Eva declares an offered gift above the limit (red: her manager must decide); returns its page.</summary>
    private async Task<string> DeclareGiftAsync()
    {
        await using var eva = await SignInAsync("noordwijk-employee", "e.evers@noordwijk");
        var page = eva.Page;
        await eva.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mijn opgaven" }).ClickAsync());
        await eva.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Een geschenk opgeven" }).ClickAsync());
        await page.GetByLabel("Waar gaat je opgave over?").FillAsync("Mand met streekproducten");
        await page.GetByLabel("Van wie (gever, organisatie)?").FillAsync("Bloembollenkwekerij Van Zee");
        await page.GetByLabel("Wat is de geschatte waarde in euro's?").FillAsync("€ 60,00");
        await page.GetByLabel("Heb je het geschenk aangenomen").SelectOptionAsync("offered");
        await eva.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bekijk oordeel" }).ClickAsync());
        await Expect(page.Locator("#oordeel-titel")).ToHaveTextAsync("Oordeel: Rood");
        await eva.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en indienen" }).ClickAsync());
        await eva.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opgave indienen" }).ClickAsync());
        // Routed past her partner, one level up.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je opgave is ingediend en ligt bij Dirk Duinmeijer.");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>The administrator adds an account with a starting password; linking it to a person waits for a second administrator.</summary>
    private static async Task AddUserAsync(LoketPage admin, string userName, string name, string? number, params string[] roles)
    {
        var page = admin.Page;
        await admin.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Gebruikers en rollen" }).ClickAsync());
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        if (number is not null)
        {
            await page.GetByLabel("Personeelsnummer (optioneel)").FillAsync(number);
        }

        await page.GetByLabel("Beginwachtwoord (optioneel)").FillAsync(Password);
        foreach (var role in roles.Prepend("Medewerker"))
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = role, Exact = true }).CheckAsync();
        }

        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is toegevoegd.");
    }

    private async Task<LoketPage> SignInAsync(string tab, string userName)
    {
        var person = await LoketPage.OpenAsync(host, tab);
        await person.SubmitLoginAsync(Municipality, userName, Password);
        await Expect(person.Page).ToHaveURLAsync(new Regex("/mijn$"));
        return person;
    }

    /// <summary>An administrator's first sign-in: the one-time password, then two-step login before anything else.</summary>
    private async Task<LoketPage> SignInWithNewSecondFactorAsync(string tab, string userName, string password)
    {
        var admin = await LoketPage.OpenAsync(host, tab);
        var page = admin.Page;
        await admin.SubmitLoginAsync(Municipality, userName, password);
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        var secret = (await page.Locator("code").First.InnerTextAsync()).Trim();
        await page.GetByLabel("Code uit je authenticator-app").FillAsync(Totp.CodeAt(secret, TimeProvider.System));
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Inloggen in twee stappen staat aan.");
        return admin;
    }

    /// <summary>As `loket admin create --operator` leaves it: the one right the browser cannot grant.</summary>
    private async Task GrantOperatorAsync(string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, "loket (opdrachtregel)");
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        db.InstallationOperators.Add(new InstallationOperator { UserId = user.Id, GrantedAt = TimeProvider.System.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// As `loket admin create --tenant noordwijk` leaves it (docs/operations.md): the second person who can
    /// approve, since four eyes need two and the page makes only the first administrator.
    /// </summary>
    private async Task<string> SecondAdministratorAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, "loket (opdrachtregel)");
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        var noordwijk = await db.Tenants.SingleAsync(t => t.Slug == "noordwijk");
        var (created, errors) = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>()
            .CreateAsync(noordwijk, new FirstAdministrator.Input("integriteit@noordwijk", "Ilse Integriteit", null), asOperator: false, onlyFirst: false);
        Assert.Empty(errors);
        return created!.Password;
    }
}
