using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Identity;

/// <summary>
/// Issue 16 point 4 in a browser, over real SMTP: the administrator invites an employee by e-mail, the
/// invitee sets a password through the one-time link, signs in and changes it on the account page; the
/// used link is dead; a forgotten password is reset through a mailed link that also works once.
/// </summary>
public sealed class InvitationJourneyTests(MailingLoketHost host) : IClassFixture<MailingLoketHost>
{
    private const string Email = "victor.vergunning@leiden.example";
    private const string Chosen = "Fietsen langs de Oude Rijn in december";
    private const string Changed = "Een nieuwe zin voor het nieuwe jaar";
    private const string AfterReset = "Weer vergeten dus maar een derde zin";
    private const string TooShort = "Een wachtwoord heeft minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.";

    [Fact]
    public async Task An_invited_employee_sets_a_password_by_the_mailed_link_changes_it_and_resets_a_forgotten_one_once()
    {
        await InviteVictorAsync();
        var invitation = await host.MailAsync(Email);
        Assert.Equal("Je account voor Integriteitsloket bij Gemeente Leiden", invitation.Subject);
        var link = MailingLoketHost.PasswordLinkIn(invitation);

        await using var victor = await LoketPage.OpenAsync(host, "invitee");
        var page = victor.Page;
        await victor.VisitAsync(link);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Je gebruikersnaam is {Email}.");
        await SetPasswordAsync(victor, "te kort");
        // Refused in Dutch, linked to the field; the link still works (a password is never sent back into the page).
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = TooShort })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wachtwoord instellen");
        await SetPasswordAsync(victor, Chosen);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Log in bij Gemeente Leiden met je gebruikersnaam {Email}");
        await victor.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Naar inloggen" }).ClickAsync());

        await victor.SubmitLoginAsync("Gemeente Leiden", Email, Chosen);
        await Expect(page).ToHaveURLAsync(new Regex("/mijn$"));
        // The link to his employee record waits for a second person: told why he cannot declare yet, not "niet gevonden".
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Je account is nog niet gekoppeld aan je gegevens als medewerker.");
        await victor.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mijn opgaven" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Daarom kun je nog geen opgaven doen.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Een geschenk opgeven" })).ToHaveCountAsync(0);
        await victor.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mijn account" }).ClickAsync());
        await page.GetByLabel("Huidig wachtwoord").FillAsync(Chosen);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(Changed);
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync(Changed);
        await victor.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je wachtwoord is gewijzigd.");

        // The invitation's link has done its work.
        await victor.VisitAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deze link werkt niet meer");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Deze link is al gebruikt.");
        await victor.LogOutAsync();

        // Forgotten: a mistyped address is explained with what was chosen kept, then the mail comes.
        await victor.VisitAsync("/inloggen");
        await victor.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync());
        // A select shows that it is one: the design system hides the browser's arrow and draws its own.
        Assert.StartsWith("url(", await page.GetByLabel("Gemeente").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage"), StringComparison.Ordinal);
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Leiden" });
        await page.GetByLabel("E-mailadres").FillAsync("victor.vergunning.leiden.example");
        await victor.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Link aanvragen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vul een geldig e-mailadres in, zoals naam@gemeente.nl." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("victor.vergunning.leiden.example");
        await Expect(page.GetByLabel("Gemeente").Locator("option:checked")).ToHaveTextAsync("Gemeente Leiden");
        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await victor.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Link aanvragen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Als er bij Gemeente Leiden een account is met dit e-mailadres");

        var resetLink = MailingLoketHost.PasswordLinkIn(await host.MailAsync(Email, count: 2));
        Assert.NotEqual(link, resetLink);
        await victor.VisitAsync(resetLink);
        await SetPasswordAsync(victor, AfterReset);
        await Expect(page).ToHaveURLAsync(new Regex("/wachtwoord/ingesteld$"));
        await victor.VisitAsync(resetLink);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Deze link is al gebruikt.");

        // The password before the reset no longer opens the account; the form keeps who tried.
        await victor.SubmitLoginAsync("Gemeente Leiden", Email, Changed);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De combinatie van gemeente, gebruikersnaam en wachtwoord klopt niet.");
        await Expect(page.GetByLabel("Gebruikersnaam")).ToHaveValueAsync(Email);
        await Expect(page.GetByLabel("Gemeente").Locator("option:checked")).ToHaveTextAsync("Gemeente Leiden");
        await victor.SubmitLoginAsync("Gemeente Leiden", Email, AfterReset);
        await Expect(page).ToHaveURLAsync(new Regex("/mijn$"));
    }

    /// <summary>From the list of employees, as the administrator finds someone without an account; a wrong address first.</summary>
    private async Task InviteVictorAsync()
    {
        await using var admin = await LoketPage.OpenAsync(host, "invite-admin");
        var page = admin.Page;
        await admin.SubmitLoginAsync("Gemeente Leiden", "beheerder@leiden");
        await admin.VisitAsync("/beheer/medewerkers");
        await page.GetByLabel("Zoek op naam of personeelsnummer").FillAsync("Victor");
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync());
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Victor Vergunningverlener" });
        await Expect(row).ToContainTextAsync("Geen account");
        await admin.NavigateByAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "uitnodigen (Victor Vergunningverlener)" }).ClickAsync());
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Victor Vergunningverlener");

        await page.GetByLabel("E-mailadres").FillAsync("victor.vergunning@");
        await page.GetByLabel("Gebruikersnaam (optioneel)").FillAsync(string.Empty);
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vul een geldig e-mailadres in, zoals naam@gemeente.nl." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Victor Vergunningverlener");
        await Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("victor.vergunning@");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Medewerker" })).ToBeCheckedAsync();

        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De uitnodiging is verstuurd naar {Email}.");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = Email })).ToContainTextAsync("Victor Vergunningverlener");
    }

    private static async Task SetPasswordAsync(LoketPage person, string password)
    {
        var page = person.Page;
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync(password);
        await person.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync());
    }
}
