using System.Globalization;
using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.WorkQueues;

/// <summary>
/// Issue 16 point 6: each role of a municipality with work waiting starts from that work. The home page
/// shows the role's queue with a count; the count is a link to the list filtered to exactly those
/// items, which says it is filtered and holds as many rows as the count said.
/// </summary>
[Collection(LivedInDemo.Name)]
public sealed partial class WorkQueueTests(LivedInDemoHost host)
{
    /// <param name="Section">The heading of the role's work on the home page.</param>
    /// <param name="Item">The text of the count followed.</param>
    /// <param name="Filtered">What the list says about its filter.</param>
    /// <param name="Rows">The rows of the filtered list.</param>
    /// <param name="Shown">The choice the list's own filter shows, where it has one.</param>
    public sealed record Queue(string UserName, string Section, string Item, string Path, string Filtered, Func<IPage, ILocator> Rows, string? Shown = null);

    private static ILocator Declarations(IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Opgaven" }).Locator("tbody tr");

    private static ILocator Clocks(IPage page) => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Wettelijke termijnen") }).Locator("tbody tr");

    public static TheoryData<string> Roles => ["medewerker", "manager", "integriteit", "vertrouwenspersoon", "hr", "secretaris"];

    private static readonly Dictionary<string, Queue> Queues = new Queue[]
    {
        new("medewerker", "Jouw opgaven", "Opgaven die wachten op een besluit", "/meldingen?toon=open", "Alleen je opgaven die wachten op een besluit.", Declarations),
        new("manager", "Beslissen", "Opgaven om over te beslissen", "/beslissen?toon=mij", "Alleen de opgaven aan jou toegewezen.", Declarations),
        new("integriteit", "Integriteitscoördinator", "Wettelijke termijnen van het meldpunt die deze week aflopen", "/meldpunt/dossiers?termijnen=week",
            "Alleen de termijnen van deze gemeente die binnen 7 dagen aflopen of al verstreken zijn", Clocks),
        new("vertrouwenspersoon", "Vertrouwenspersoon", "Jouw lopende contacten", "/vertrouwenspersoon/contacten?lopend=true", "Jouw lopende contacten",
            page => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Contacten met de uitkomst") }).Locator("tbody tr")),
        new("hr", "HR-adviseur", "Medewerkers zonder leidinggevende", "/beheer/medewerkers?zonder=leidinggevende", "gevonden.",
            page => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Medewerkers van") }).Locator("tbody tr"), "Zonder leidinggevende"),
        new("secretaris", "Gemeentesecretaris", "Verstreken termijnen van het meldpunt (naar jou geëscaleerd)", "/meldpunt/dossiers?termijnen=verstreken",
            "Alleen de termijnen van deze gemeente die verstreken zijn", Clocks),
    }.ToDictionary(q => q.UserName);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_sees_its_queue_on_the_home_page_and_the_count_opens_exactly_those_items(string role)
    {
        var queue = Queues[role];
        await using var person = await LoketPage.OpenAsync(host, $"queue-{role}");
        var page = person.Page;
        await person.SubmitLoginAsync("Gemeente Leiden", $"{role}@leiden");
        await Expect(page).ToHaveURLAsync(new Regex("/mijn$"));

        var section = page.GetByRole(AriaRole.Region, new() { Name = queue.Section });
        var link = section.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(queue.Item)}: \\d+$") });
        var count = int.Parse(CountAtEnd().Match(await link.InnerTextAsync()).Value, CultureInfo.InvariantCulture);
        Assert.True(count > 0, $"{role}: no work in '{queue.Item}' in the lived-in demo.");

        await person.NavigateByAsync(() => link.ClickAsync());
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(queue.Path)}$"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(queue.Filtered);
        await Expect(queue.Rows(page)).ToHaveCountAsync(count);
        if (queue.Shown is not null)
        {
            await Expect(page.GetByLabel("Toon").Locator("option:checked")).ToHaveTextAsync(queue.Shown);
        }
    }

    [GeneratedRegex(@"\d+$")]
    private static partial Regex CountAtEnd();
}
