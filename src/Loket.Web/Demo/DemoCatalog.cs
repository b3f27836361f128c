namespace Loket.Web.Demo;

/// <summary>The five municipalities whose codes of conduct ship with the product, and their desks.</summary>
internal static class DemoCatalog
{
    public sealed record DeskSeed(string Slug, string Name, string? Email);

    public sealed record TenantSeed(string Slug, string Name, string Color, string DeskSlug);

    /// <summary>
    /// Contact details only as the codes publish them: Leiden and Leiderdorp 8.2 give the regional mailbox;
    /// Alphen and 's-Hertogenbosch give none, and Leidschendam-Voorburg 2.4 says "tel en email nog in te
    /// vullen". An address is never made up: a desk without one shows none.
    /// </summary>
    public static readonly DeskSeed[] Desks =
    [
        new("leidse-regio", "Meldpunt integriteit Leidse regio", "meldpuntintegriteit@leidse-regio.nl"),
        new("alphen-aan-den-rijn", "Meldpunt integriteit Alphen aan den Rijn", null),
        new("s-hertogenbosch", "Meldpunt integriteit 's-Hertogenbosch", null),
        new("leidschendam-voorburg", "Meldpunt integriteit Leidschendam-Voorburg", null),
    ];

    public static readonly TenantSeed[] Tenants =
    [
        new("leiden", "Gemeente Leiden", "#a4161a", "leidse-regio"),
        new("leiderdorp", "Gemeente Leiderdorp", "#005a8c", "leidse-regio"),
        new("alphen-aan-den-rijn", "Gemeente Alphen aan den Rijn", "#00663a", "alphen-aan-den-rijn"),
        new("s-hertogenbosch", "Gemeente 's-Hertogenbosch", "#a30021", "s-hertogenbosch"),
        new("leidschendam-voorburg", "Gemeente Leidschendam-Voorburg", "#1a4b8c", "leidschendam-voorburg"),
    ];

    /// <summary>Demo accounts per municipality: user name prefix, display name, roles, employee number.</summary>
    public static readonly (string Prefix, string DisplayName, Identity.Role Roles, string EmployeeNumber)[] Accounts =
    [
        ("medewerker", "Mila Medewerker", Identity.Role.Employee, "1003"),
        ("manager", "Mark Manager", Identity.Role.Employee | Identity.Role.Manager, "1002"),
        ("integriteit", "Iris Integriteit", Identity.Role.Employee | Identity.Role.IntegrityOfficer, "1004"),
        ("vertrouwenspersoon", "Vera Vertrouwenspersoon", Identity.Role.Employee | Identity.Role.Confidant, "1005"),
        ("hr", "Hanna HR-adviseur", Identity.Role.Employee | Identity.Role.HrAdviser, "1006"),
        ("secretaris", "Sander Secretaris", Identity.Role.Employee | Identity.Role.Secretary, "1001"),
        ("auditor", "Aart Auditor", Identity.Role.Employee | Identity.Role.Auditor, "1007"),
        ("beheerder", "Bea Beheerder", Identity.Role.Admin, "1008"),
    ];
}
