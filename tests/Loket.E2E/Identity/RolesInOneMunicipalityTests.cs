using Loket.E2E.Infrastructure;
using static Loket.E2E.Identity.DemoAccount;

namespace Loket.E2E.Identity;

/// <summary>All eight roles of one municipality (Leiden) log in, use their menu and log out.</summary>
public sealed class RolesInOneMunicipalityTests(LoketHost host) : IClassFixture<LoketHost>
{
    private const string Leiden = "Gemeente Leiden";

    private static readonly DemoAccount[] All =
    [
        new("medewerker@leiden", Leiden, "Mila Medewerker", "Medewerker", [Home, "Mijn opgaven", "Beslissen", "Melden", Account]),
        new("manager@leiden", Leiden, "Mark Manager", "Medewerker, Leidinggevende", [Home, "Mijn opgaven", "Beslissen", "Mijn team", "Melden", Account]),
        new("integriteit@leiden", Leiden, "Iris Integriteit", "Medewerker, Integriteitscoördinator", [Home, "Mijn opgaven", "Beslissen", "Registers", "Melden", "Meldpunt", "Jaarverslag", "Relaties", "Functiekaart", "Indiensttreding", "Rollen goedkeuren", "Gedragscode", Account]),
        new("vertrouwenspersoon@leiden", Leiden, "Vera Vertrouwenspersoon", "Medewerker, Vertrouwenspersoon", [Home, "Mijn opgaven", "Beslissen", "Melden", "Vertrouwenspersoon", Account]),
        new("hr@leiden", Leiden, "Hanna HR-adviseur", "Medewerker, HR-adviseur", [Home, "Mijn opgaven", "Beslissen", "Melden", "Medewerkers", "Importeren", "Relaties", "Functiekaart", "Indiensttreding", Account]),
        new("secretaris@leiden", Leiden, "Sander Secretaris", "Medewerker, Gemeentesecretaris", [Home, "Mijn opgaven", "Beslissen", "Melden", "Meldpunt", "Jaarverslag", Account]),
        new("auditor@leiden", Leiden, "Aart Auditor", "Medewerker, Auditor / FG", [Home, "Mijn opgaven", "Beslissen", "Melden", "Jaarverslag", "Audittrail", Account]),
        new("beheerder@leiden", Leiden, "Bea Beheerder", "Beheerder", [Home, "Melden", "Medewerkers", "Importeren", "Gebruikers en rollen", "Meldpunt en vertrouwenspersonen", "Rollen goedkeuren", "Gedragscode", "Afdelingsregels", Account]),
    ];

    // By user name: xunit shows one test per row only for data it can serialize.
    public static TheoryData<string> UserNames => [.. All.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(UserNames))]
    public Task Each_role_logs_in_sees_its_own_menu_and_logs_out(string userName) =>
        RoleJourney.RunAsync(host, All.Single(a => a.UserName == userName));
}
