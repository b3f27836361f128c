using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Demo;

/// <summary>
/// Issue 16 point 7: a newcomer who tries the demo (with its year of work, as <c>./scripts/run</c> starts
/// it) finds real work behind every role, in more than the first municipality: declarations at every
/// stage, decisions waiting, an overdue clock put first for the officer, running confidant contacts,
/// and the top official on the public register.
/// </summary>
[Collection(LivedInDemo.Name)]
public sealed class LivedInDemoTests(LivedInDemoHost host)
{
    public static TheoryData<string, string> Municipalities => new()
    {
        { "alphen-aan-den-rijn", "Gemeente Alphen aan den Rijn" },
        { "s-hertogenbosch", "Gemeente 's-Hertogenbosch" },
    };

    [Theory]
    [MemberData(nameof(Municipalities))]
    public async Task A_newcomer_finds_real_work_behind_each_role(string slug, string municipality)
    {
        await using (var employee = await SignInAsync(slug, municipality, "medewerker"))
        {
            var page = employee.Page;
            await Expect(WorkLink(page, "Jouw opgaven", "Opgaven die wachten op een besluit")).ToBeVisibleAsync();
            await employee.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mijn opgaven" }).ClickAsync());
            var rows = page.GetByRole(AriaRole.Table, new() { Name = "Opgaven" }).Locator("tbody tr");
            foreach (var stage in new[] { "Wacht op besluit", "Goedgekeurd onder voorwaarden", "Afgewezen", "(beëindigd)", "(vervangen)" })
            {
                await Expect(rows.Filter(new() { HasText = stage }).First).ToBeVisibleAsync();
            }
        }

        await using (var manager = await SignInAsync(slug, municipality, "manager"))
        {
            var decide = manager.Page.GetByRole(AriaRole.Region, new() { Name = "Beslissen" });
            await Expect(WorkLink(manager.Page, "Beslissen", "Opgaven om over te beslissen")).ToBeVisibleAsync();
            await Expect(decide).ToContainTextAsync("de oudste wacht sinds");
        }

        await using (var officer = await SignInAsync(slug, municipality, "integriteit"))
        {
            var page = officer.Page;
            // Overdue work comes first on the page.
            await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync("Integriteitscoördinator");
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Integriteitscoördinator" })).ToContainTextAsync("waarvan 1 al verstreken");
            await officer.NavigateByAsync(() => WorkLink(page, "Integriteitscoördinator", "Wettelijke termijnen van het meldpunt die deze week aflopen").ClickAsync());
            var clocks = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Wettelijke termijnen") }).Locator("tbody tr");
            await Expect(clocks.Filter(new() { HasText = "Te laat" })).ToHaveCountAsync(1);
            await Expect(clocks.Filter(new() { HasText = "Te laat" })).ToContainTextAsync(municipality);
        }

        await using (var confidant = await SignInAsync(slug, municipality, "vertrouwenspersoon"))
        {
            await Expect(WorkLink(confidant.Page, "Vertrouwenspersoon", "Jouw lopende contacten")).ToBeVisibleAsync();
        }

        await using var secretary = await SignInAsync(slug, municipality, "secretaris");
        var register = secretary.Page;
        await secretary.NavigateByAsync(() => register.GetByRole(AriaRole.Link, new() { Name = "Het openbaar register van nevenwerkzaamheden, waarop jij staat" }).ClickAsync());
        await Expect(register).ToHaveURLAsync(new Regex($"/openbaar/{Regex.Escape(slug)}/nevenwerkzaamheden$"));
        await Expect(register.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sander Secretaris" }).First).ToContainTextAsync("Gemeentesecretaris");
    }

    private async Task<LoketPage> SignInAsync(string slug, string municipality, string role)
    {
        var person = await LoketPage.OpenAsync(host, $"lived-in-{slug}-{role}");
        await person.SubmitLoginAsync(municipality, $"{role}@{slug}");
        await Expect(person.Page).ToHaveURLAsync(new Regex("/mijn$"));
        return person;
    }

    /// <summary>A count on the home page that is not zero.</summary>
    private static ILocator WorkLink(IPage page, string section, string item) =>
        page.GetByRole(AriaRole.Region, new() { Name = section }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(item)}: [1-9][0-9]*$") });
}
