using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Identity;

/// <summary>
/// Every role signs in through the real form, sees its own home page and menu, opens every page
/// in that menu (each checked with axe-core) and signs out again.
/// </summary>
public sealed class RoleLoginTests(LoketHost host) : IClassFixture<LoketHost>
{
    private const string Home = "Mijn overzicht";
    private const string Account = "Mijn account";

    /// <summary>User, municipality, display name, roles as the home page lists them, the menu in order.</summary>
    public static TheoryData<string, string, string, string, string[]> Accounts => new()
    {
        { "medewerker@leiden", "Gemeente Leiden", "Mila Medewerker", "Medewerker", [Home, Account] },
        { "manager@leiden", "Gemeente Leiden", "Mark Manager", "Medewerker, Leidinggevende", [Home, "Mijn team", Account] },
        { "integriteit@leiden", "Gemeente Leiden", "Iris Integriteit", "Medewerker, Integriteitscoördinator", [Home, Account] },
        { "vertrouwenspersoon@leiden", "Gemeente Leiden", "Vera Vertrouwenspersoon", "Medewerker, Vertrouwenspersoon", [Home, Account] },
        { "hr@leiden", "Gemeente Leiden", "Hanna HR-adviseur", "Medewerker, HR-adviseur", [Home, "Medewerkers", "Importeren", Account] },
        { "secretaris@leiden", "Gemeente Leiden", "Sander Secretaris", "Medewerker, Gemeentesecretaris", [Home, Account] },
        { "auditor@leiden", "Gemeente Leiden", "Aart Auditor", "Medewerker, Auditor / FG", [Home, "Audittrail", Account] },
        { "beheerder@leiden", "Gemeente Leiden", "Bea Beheerder", "Beheerder", [Home, "Medewerkers", "Importeren", "Audittrail", Account] },
        { "manager@leiderdorp", "Gemeente Leiderdorp", "Mark Manager", "Medewerker, Leidinggevende", [Home, "Mijn team", Account] },
        { "hr@alphen-aan-den-rijn", "Gemeente Alphen aan den Rijn", "Hanna HR-adviseur", "Medewerker, HR-adviseur", [Home, "Medewerkers", "Importeren", Account] },
        { "auditor@s-hertogenbosch", "Gemeente 's-Hertogenbosch", "Aart Auditor", "Medewerker, Auditor / FG", [Home, "Audittrail", Account] },
        { "beheerder@leidschendam-voorburg", "Gemeente Leidschendam-Voorburg", "Bea Beheerder", "Beheerder", [Home, "Medewerkers", "Importeren", "Audittrail", Account] },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_role_logs_in_sees_its_own_menu_and_logs_out(string userName, string municipality, string displayName, string roles, string[] menu)
    {
        await using var loket = await LoketPage.OpenAsync(host, $"role-{userName.Replace('@', '-')}");
        var page = loket.Page;

        await loket.SubmitLoginAsync(municipality, userName);

        await Expect(page).ToHaveURLAsync(Url("/mijn"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welkom, {displayName}");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Je werkt nu voor {municipality}. Jouw rollen: {roles}.");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(municipality);
        await Expect(page.MainMenu().GetByRole(AriaRole.Link)).ToHaveTextAsync(menu);

        foreach (var item in menu)
        {
            var link = page.MainMenu().GetByRole(AriaRole.Link, new() { Name = item, Exact = true });
            await loket.NavigateByAsync(() => link.ClickAsync());
            await Expect(link).ToHaveAttributeAsync("aria-current", "page");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }

        await loket.LogOutAsync();

        await Expect(page).ToHaveURLAsync(Url("/"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToHaveCountAsync(0);
        // Signed out for real: the home page sends you back to the login form.
        await loket.VisitAsync("/mijn");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inloggen\\?ReturnUrl=%2Fmijn$"));
    }

    private string Url(string path) => new Uri(host.BaseUrl, path).ToString();
}
