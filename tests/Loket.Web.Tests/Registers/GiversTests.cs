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
}
