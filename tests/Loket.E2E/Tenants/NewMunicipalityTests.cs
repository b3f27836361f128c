using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Tenants;

/// <summary>
/// Issue 16 point 1 in a browser: the installation operator creates a desk, a municipality and its
/// first administrator through the pages; that administrator signs in, sets up two-step login, records
/// the desk's contact details and a confidant, and a visitor sees them on the public report page.
/// </summary>
public sealed class NewMunicipalityTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task The_operator_sets_up_a_municipality_whose_administrator_publishes_its_contacts_on_the_report_page()
    {
        await GrantOperatorAsync("beheerder@leiden");
        await using var operatorTab = await LoketPage.OpenAsync(host, "install-operator");
        var page = operatorTab.Page;
        await operatorTab.SubmitLoginAsync("Gemeente Leiden", "beheerder@leiden");
        await operatorTab.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Meldpunt en vertrouwenspersonen" }).ClickAsync());
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Meldpunten en gemeenten aanmaken" }).ClickAsync());

        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Meldpunt aanmaken" }).ClickAsync());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Meldpunt integriteit Duin- en Bollenstreek");
        await page.GetByLabel("Slug").FillAsync("duin-en-bollenstreek");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Meldpunt aanmaken" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Meldpunt integriteit Duin- en Bollenstreek is aangemaakt.");

        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Gemeente aanmaken" }).ClickAsync());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Gemeente Katwijk");
        await page.GetByLabel("Slug").FillAsync("katwijk");
        await page.GetByLabel("Huiskleur").FillAsync("#ffcc00");
        await page.GetByLabel("Meldpunt").SelectOptionAsync(new SelectOptionValue { Label = "Meldpunt integriteit Duin- en Bollenstreek" });
        await page.GetByLabel("Gedragscode").SelectOptionAsync("leiden");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gemeente aanmaken" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Witte tekst op #ffcc00 heeft een contrast van 1,5:1");
        await Expect(page.GetByLabel("Slug")).ToHaveValueAsync("katwijk");
        await page.GetByLabel("Huiskleur").FillAsync("#00558c");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gemeente aanmaken" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Eerste beheerder van Gemeente Katwijk");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Karin Katwijk");
        await page.GetByLabel("Gebruikersnaam").FillAsync("beheer@katwijk");
        await operatorTab.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Beheerder aanmaken" }).ClickAsync());
        var password = (await page.Locator("[data-one-time-password]").InnerTextAsync()).Trim();

        // Katwijk's administrator: two-step login first, then what employees and reporters will see.
        await using var adminTab = await LoketPage.OpenAsync(host, "install-admin");
        var admin = adminTab.Page;
        await adminTab.SubmitLoginAsync("Gemeente Katwijk", "beheer@katwijk", password);
        await Expect(admin).ToHaveURLAsync(new Regex("/account$"));
        var secret = (await admin.Locator("code").First.InnerTextAsync()).Trim();
        await admin.GetByLabel("Code uit je authenticator-app").FillAsync(Totp.CodeAt(secret, TimeProvider.System));
        await adminTab.NavigateByAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync());
        await adminTab.NavigateByAsync(() => admin.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Meldpunt en vertrouwenspersonen" }).ClickAsync());
        await admin.GetByLabel("E-mailadres").First.FillAsync("meldpunt@duinbollen.example");
        await admin.GetByLabel("Telefoonnummer").First.FillAsync("071 765 4321");
        await admin.GetByLabel("Bezoekadres").FillAsync("Voorbeeldweg 2, 2220 AA Katwijk");
        await admin.GetByLabel("Openingstijden").FillAsync("dinsdag en donderdag 9.00 tot 12.00 uur");
        await adminTab.NavigateByAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Contactgegevens opslaan" }).ClickAsync());
        await admin.GetByLabel("Naam", new() { Exact = true }).FillAsync("Kees Kind");
        await adminTab.NavigateByAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Vertrouwenspersoon toevoegen" }).ClickAsync());
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een telefoonnummer of e-mailadres in");
        await Expect(admin.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Kees Kind");
        await admin.GetByLabel("Telefoonnummer").Last.FillAsync("06 8765 4321");
        await admin.GetByLabel("Toelichting (optioneel)").FillAsync("extern, niet in dienst van de gemeente");
        await adminTab.NavigateByAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Vertrouwenspersoon toevoegen" }).ClickAsync());
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Kees Kind staat op de lijst van vertrouwenspersonen.");

        // A visitor without an account: Katwijk's desk and confidant on the report page.
        await using var visitor = await LoketPage.OpenAsync(host, "install-visitor");
        await visitor.VisitAsync("/melden");
        var katwijk = visitor.Page.Locator("details.loket-contact", new() { HasText = "Gemeente Katwijk" });
        await katwijk.Locator("summary").ClickAsync();
        await Expect(katwijk).ToContainTextAsync("Voorbeeldweg 2, 2220 AA Katwijk");
        await Expect(katwijk).ToContainTextAsync("dinsdag en donderdag 9.00 tot 12.00 uur");
        await Expect(katwijk.GetByRole(AriaRole.Link, new() { Name = "06 8765 4321" })).ToBeVisibleAsync();
        await Expect(katwijk).ToContainTextAsync("Kees Kind (extern, niet in dienst van de gemeente)");
        await visitor.CheckAccessibilityAsync();
    }

    /// <summary>As `loket admin create --operator` leaves it: the one right the browser cannot grant.</summary>
    private async Task GrantOperatorAsync(string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Loket.Web.Audit.CurrentActor>().Set(null, "loket (opdrachtregel)");
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        db.InstallationOperators.Add(new InstallationOperator { UserId = user.Id, GrantedAt = TimeProvider.System.GetUtcNow() });
        await db.SaveChangesAsync();
    }
}
