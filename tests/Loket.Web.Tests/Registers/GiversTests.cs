using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Registers;

public sealed class GiversTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Repeated_gifts_from_one_giver_are_flagged_whatever_the_case_of_its_name(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("alphen-aan-den-rijn", "medewerker");
        var giver = $"Leverancier {Guid.NewGuid():N}"[..22];
        await SubmitGiftAsync(mila, "Taart", giver: giver);
        await SubmitGiftAsync(mila, "Bloemen", giver: giver.ToUpperInvariant() + " ");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");

        var (_, page) = await iris.GetPageAsync("/registers/gevers");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(giver, StringComparison.OrdinalIgnoreCase));

        Assert.Contains("herhaalde geschenken", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", row.Children[1].TextContent);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Spellings_of_one_giver_are_one_row_linking_to_their_gifts_and_another_firm_of_the_trade_stays_apart(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("alphen-aan-den-rijn", "medewerker");
        var (vries, jansen) = ($"Vries{Guid.NewGuid():N}"[..15], $"Jansen{Guid.NewGuid():N}"[..16]);
        var first = await SubmitGiftAsync(mila, "Fles wijn", giver: $"Bouwbedrijf De {vries} B.V.");
        var second = await SubmitGiftAsync(mila, "Bos bloemen", giver: $"De {vries} Bouw");
        var other = await SubmitGiftAsync(mila, "Agenda", giver: $"{jansen} Bouw");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");

        var (_, page) = await iris.GetPageAsync("/registers/gevers");
        var rows = page.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains(vries, StringComparison.OrdinalIgnoreCase)).ToList();
        var row = Assert.Single(rows);
        var variants = row.QuerySelectorAll("li a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        var (_, all) = await iris.GetPageAsync(row.QuerySelector("td a")!.GetAttribute("href")!);
        var (_, one) = await iris.GetPageAsync(variants.Single(v => v.Text == $"De {vries} Bouw").Href);
        var jansenRow = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(jansen, StringComparison.OrdinalIgnoreCase));

        static IEnumerable<Guid> Listed(AngleSharp.Html.Dom.IHtmlDocument register) =>
            register.QuerySelectorAll("main table tbody a[href^='/meldingen/']").Select(a => Guid.Parse(a.GetAttribute("href")!["/meldingen/".Length..]));

        Assert.Equal("2", row.Children[1].TextContent);
        Assert.Equal([$"Bouwbedrijf De {vries} B.V.", $"De {vries} Bouw"], variants.Select(v => v.Text).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { first, second }.Order(), Listed(all).Order());
        Assert.Equal([second], Listed(one));
        Assert.Equal("1", jansenRow.Children[1].TextContent);
        Assert.DoesNotContain(other, Listed(all));
    }
}
