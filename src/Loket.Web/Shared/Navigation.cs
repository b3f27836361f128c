using System.Security.Claims;
using Loket.Web.Identity;

namespace Loket.Web.Shared;

/// <summary>The main navigation: each link shows only to the roles whose policy lets them in.</summary>
public static class Navigation
{
    /// <summary><paramref name="Section"/>: the paths it is the current item for, when more than its own (every register).</summary>
    public sealed record Link(string Href, string Text, Role[] Roles, string? Section = null);

    /// <summary>
    /// ViewData key by which a page names the menu item it belongs to, where its path does not say: a declaration's page
    /// (/meldingen/…) is "Mijn opgaven" only for the one who declared it; its decider and the officer came from elsewhere.
    /// </summary>
    public const string SectionKey = "MenuSection";

    private static readonly Link[] Links =
    [
        new("/mijn", "Mijn overzicht", []),
        new("/meldingen", "Mijn opgaven", [Role.Employee]),
        new("/beslissen", "Beslissen", [Role.Employee]),
        new("/team", "Mijn team", [Role.Manager]),
        new("/registers/geschenken", "Registers", [Role.IntegrityOfficer], Section: "/registers"),
        new("/melden", "Melden", []),
        new("/meldpunt/dossiers", "Meldpunt", [Role.IntegrityOfficer, Role.Secretary]),
        new("/vertrouwenspersoon", "Vertrouwenspersoon", [Role.Confidant]),
        new("/jaarverslag", "Jaarverslag", [Role.IntegrityOfficer, Role.Secretary, Role.Auditor]),
        new("/beheer/medewerkers", "Medewerkers", [Role.Admin, Role.HrAdviser]),
        new("/beheer/import", "Importeren", [Role.Admin, Role.HrAdviser]),
        new("/beheer/relaties", "Relaties", [Role.HrAdviser, Role.IntegrityOfficer]),
        new("/beheer/functies", "Functiekaart", [Role.HrAdviser, Role.IntegrityOfficer]),
        new("/indiensttreding", "Indiensttreding", [Role.HrAdviser, Role.IntegrityOfficer]),
        new("/beheer/gebruikers", "Gebruikers en rollen", [Role.Admin]),
        new("/beheer/gemeente", "Meldpunt en vertrouwenspersonen", [Role.Admin]),
        new("/beheer/goedkeuren", "Rollen goedkeuren", [Role.Admin, Role.IntegrityOfficer]),
        new("/beheer/gedragscode", "Gedragscode", [Role.Admin, Role.IntegrityOfficer]),
        // Officers reach it from the registers; the page lets both in.
        new("/beheer/afdelingen", "Afdelingsregels", [Role.Admin]),
        // Auditors only, as the page's policy says: a menu link that ends in "Geen toegang" misleads.
        new("/audit", "Audittrail", [Role.Auditor]),
        new("/account", "Mijn account", []),
    ];

    // A session held for its second factor reaches only the account page: a menu of links that all lead back there misleads.
    public static IEnumerable<Link> For(ClaimsPrincipal user) => user.HasClaim(c => c.Type == LoketClaims.SecondFactorMissing)
        ? Links.Where(l => l.Href == SecondFactorRequired.AccountPage)
        : Links.Where(l => l.Roles.Length == 0 || l.Roles.Any(r => user.HasClaim(LoketClaims.Role, r.ToString())));

    /// <summary>Whether <paramref name="link"/> is the current item for a page at <paramref name="path"/> (or the section the page named).</summary>
    public static bool IsCurrent(Link link, string path) => new PathString(path).StartsWithSegments(link.Section ?? link.Href);

    public static string Dutch(Role role) => role switch
    {
        Role.Employee => "Medewerker",
        Role.Manager => "Leidinggevende",
        Role.IntegrityOfficer => "Integriteitscoördinator",
        Role.Confidant => "Vertrouwenspersoon",
        Role.HrAdviser => "HR-adviseur",
        Role.Secretary => "Gemeentesecretaris",
        Role.Auditor => "Auditor / FG",
        Role.Admin => "Beheerder",
        _ => role.ToString(),
    };
}
