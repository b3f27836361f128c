using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Loket.E2E.Identity.DemoAccount;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Identity;

/// <summary>A role in each of the other municipalities, and the desk officer who serves two.</summary>
public sealed class OtherMunicipalitiesTests(LoketHost host) : IClassFixture<LoketHost>
{
    private static readonly DemoAccount[] All =
    [
        new("manager@leiderdorp", "Gemeente Leiderdorp", "Mark Manager", "Medewerker, Leidinggevende", [Home, "Mijn opgaven", "Beslissen", "Mijn team", "Melden", Account]),
        new("hr@alphen-aan-den-rijn", "Gemeente Alphen aan den Rijn", "Hanna HR-adviseur", "Medewerker, HR-adviseur", [Home, "Mijn opgaven", "Beslissen", "Melden", "Medewerkers", "Importeren", "Relaties", "Functiekaart", "Indiensttreding", Account]),
        new("auditor@s-hertogenbosch", "Gemeente 's-Hertogenbosch", "Aart Auditor", "Medewerker, Auditor / FG", [Home, "Mijn opgaven", "Beslissen", "Melden", "Jaarverslag", "Audittrail", Account]),
        new("beheerder@leidschendam-voorburg", "Gemeente Leidschendam-Voorburg", "Bea Beheerder", "Beheerder", [Home, "Melden", "Medewerkers", "Importeren", "Gebruikers en rollen", "Meldpunt en vertrouwenspersonen", "Rollen goedkeuren", "Gedragscode", "Afdelingsregels", Account]),
    ];

    // By user name: xunit shows one test per row only for data it can serialize.
    public static TheoryData<string> UserNames => [.. All.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(UserNames))]
    public Task A_role_in_another_municipality_logs_in_and_out(string userName) =>
        RoleJourney.RunAsync(host, All.Single(a => a.UserName == userName));

    [Fact]
    public async Task The_shared_desk_officer_switches_from_Leiden_to_Leiderdorp()
    {
        const string desk = "meldpunt@leidse-regio";
        await using var loket = await LoketPage.OpenAsync(host, "role-meldpunt-switch");
        var page = loket.Page;
        await loket.SubmitLoginAsync("Gemeente Leiden", desk);
        await RoleJourney.ExpectHomePageAsync(page, host, new(desk, "Gemeente Leiden", "Daan Meldpunt Leidse regio", "Integriteitscoördinator", [Home, "Registers", "Melden", "Meldpunt", "Jaarverslag", "Relaties", "Functiekaart", "Indiensttreding", "Rollen goedkeuren", "Gedragscode", Account]));

        Assert.Equal(200, await loket.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Werk voor een andere gemeente" }).ClickAsync()));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gemeente Leiden (huidige)" })).ToBeDisabledAsync();
        await loket.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gemeente Leiderdorp" }).ClickAsync());

        await RoleJourney.ExpectHomePageAsync(page, host, new(desk, "Gemeente Leiderdorp", "Daan Meldpunt Leidse regio", "Integriteitscoördinator", [Home, "Registers", "Melden", "Meldpunt", "Jaarverslag", "Relaties", "Functiekaart", "Indiensttreding", "Rollen goedkeuren", "Gedragscode", Account]));
        await RoleJourney.LogOutAndProveItAsync(loket, host);
    }
}
