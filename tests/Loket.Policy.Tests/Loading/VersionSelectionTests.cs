namespace Loket.Policy.Tests.Loading;

// The version in force on the declaration date applies. The real codes each have one version, so the
// selection is proven on a fixture: a made-up municipality whose second version raises the gift limit
// from 2027-01-01 on (the worked change of docs/policies.md).
public class VersionSelectionTests
{
    private static readonly PolicyCatalog Fixture = PolicyCatalog.LoadDirectory(Repository.TestFile("Fixtures", "policies"));

    [Theory]
    [InlineData("2025-01-01", "1", "rood")]
    [InlineData("2026-12-31", "1", "rood")]
    [InlineData("2027-01-01", "2", "groen")]
    [InlineData("2030-06-15", "2", "groen")]
    public void A_gift_of_60_euros_is_judged_by_the_version_in_force_on_its_date(string date, string version, string verdict)
    {
        var context = new EvaluationContext(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var evaluation = Fixture.Evaluate("voorbeeld", new GiftDeclaration { ValueEur = 60m }, context);
        Assert.Equal(version, evaluation.Version);
        Assert.Equal(verdict, evaluation.Verdict.Name());
        Assert.All(evaluation.Reasons, r => Assert.Equal(version, r.Version));
    }

    [Fact]
    public void Before_the_first_version_there_is_no_code_in_force_and_the_message_says_so()
    {
        var error = Assert.Throws<PolicyNotInForceException>(() => Fixture.InForce("voorbeeld", new DateOnly(2024, 12, 31)));
        Assert.Contains("31-12-2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("01-01-2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_municipality_is_named_in_the_error()
    {
        var error = Assert.Throws<PolicyNotInForceException>(() => Codes.Catalog.InForce("utrecht", Codes.Today));
        Assert.Contains("utrecht", error.Message, StringComparison.Ordinal);
        Assert.Contains("leiden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evaluator_refuses_a_version_that_was_not_yet_in_force()
    {
        var v2 = Fixture.Tenants.Single().Versions[1];
        Assert.Throws<ArgumentException>(() =>
            PolicyEvaluator.Evaluate(v2, new GiftDeclaration { ValueEur = 60m }, new EvaluationContext(new DateOnly(2026, 1, 1))));
    }

    [Fact]
    public void The_shipped_policies_cover_the_five_municipalities()
    {
        Assert.Equal(
            ["alphen-aan-den-rijn", "leiden", "leiderdorp", "leidschendam-voorburg", "s-hertogenbosch"],
            Codes.Catalog.Tenants.Select(t => t.Tenant));
    }
}
