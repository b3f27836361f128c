using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Engine;

// The € 50 boundary follows each code's own words: Leiden and Leiderdorp accept only "minder dan € 50"
// (4.3), Alphen (4) and 's-Hertogenbosch (3.1 regel 6a) refuse "meer dan € 50"; Leidschendam-Voorburg
// has no amount at all.
public class GiftBoundaryTests
{
    [Theory]
    [InlineData(TenantNames.Leiden, "49.99", "groen")]
    [InlineData(TenantNames.Leiden, "50.00", "rood")]
    [InlineData(TenantNames.Leiden, "50.01", "rood")]
    [InlineData(TenantNames.Leiderdorp, "49.99", "groen")]
    [InlineData(TenantNames.Leiderdorp, "50.00", "rood")]
    [InlineData(TenantNames.Leiderdorp, "50.01", "rood")]
    [InlineData(TenantNames.Alphen, "49.99", "groen")]
    [InlineData(TenantNames.Alphen, "50.00", "groen")]
    [InlineData(TenantNames.Alphen, "50.01", "rood")]
    [InlineData(TenantNames.SHertogenbosch, "49.99", "groen")]
    [InlineData(TenantNames.SHertogenbosch, "50.00", "groen")]
    [InlineData(TenantNames.SHertogenbosch, "50.01", "rood")]
    [InlineData(TenantNames.LeidschendamVoorburg, "49.99", "oranje")]
    [InlineData(TenantNames.LeidschendamVoorburg, "50.00", "oranje")]
    [InlineData(TenantNames.LeidschendamVoorburg, "50.01", "oranje")]
    public void An_accepted_gift_at_the_50_euro_boundary_follows_the_wording_of_each_code(string tenant, string value, string verdict)
    {
        var json = $$"""{"type":"gift","valueEur":{{value}},"status":"accepted","form":"goods"}""";
        Assert.Equal(verdict, Check(tenant, json).Verdict.Name());
    }

    [Fact]
    public void Gift_of_exactly_50_euros_is_refused_in_Leiden()
    {
        var evaluation = Check(TenantNames.Leiden, new GiftDeclaration { ValueEur = 50m });
        Assert.Equal(Verdict.Rood, evaluation.Verdict);
        Assert.Contains(Obligation.Refuse, evaluation.Obligations);
    }

    [Fact]
    public void Gift_of_exactly_50_euros_may_be_accepted_in_Alphen_and_s_Hertogenbosch()
    {
        Assert.Equal(Verdict.Groen, Check(TenantNames.Alphen, new GiftDeclaration { ValueEur = 50m }).Verdict);
        Assert.Equal(Verdict.Groen, Check(TenantNames.SHertogenbosch, new GiftDeclaration { ValueEur = 50m }).Verdict);
    }

    [Theory]
    [InlineData(TenantNames.Leiden, "minder dan € 50")]
    [InlineData(TenantNames.Leiderdorp, "minder dan € 50")]
    [InlineData(TenantNames.Alphen, "meer dan € 50")]
    [InlineData(TenantNames.SHertogenbosch, "meer dan € 50")]
    public void The_gift_limit_keeps_the_exact_wording_of_the_code(string tenant, string wording)
    {
        var limit = Catalog.InForce(tenant, Today).GiftLimit!;
        Assert.Equal(wording, limit.Wording);
        Assert.Equal(50m, limit.AmountEur);
    }

    [Fact]
    public void Leidschendam_Voorburg_has_no_gift_limit_because_its_policy_states_none()
    {
        Assert.Null(Catalog.InForce(TenantNames.LeidschendamVoorburg, Today).GiftLimit);
    }
}
