using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Engine;

public class EvaluatorTests
{
    [Fact]
    public void Every_rule_that_fired_is_listed_with_tenant_version_article_and_excerpt()
    {
        var evaluation = Check(TenantNames.Leiden, """{"type":"gift","valueEur":100,"form":"money","deliveredAtHome":true}""");
        Assert.Equal(["gift-report-all", "gift-over-limit", "gift-money", "gift-at-home"], evaluation.Reasons.Select(r => r.RuleId));
        Assert.All(evaluation.Reasons, r =>
        {
            Assert.Equal("leiden", r.Tenant);
            Assert.Equal("1.3", r.Version);
            Assert.Equal("4.3", r.ArticleId);
            Assert.Equal("Je neemt geen geschenken aan", r.ArticleTitle);
            Assert.False(string.IsNullOrWhiteSpace(r.Excerpt));
            Assert.False(string.IsNullOrWhiteSpace(r.Explanation));
        });
    }

    [Fact]
    public void Obligations_come_in_a_stable_order()
    {
        var evaluation = Check(TenantNames.Alphen, """{"type":"gift","valueEur":20,"deliveredAtHome":true}""");
        Assert.Equal([Obligation.Refuse, Obligation.DiscussWithManager, Obligation.ReportToManager], evaluation.Obligations);
    }

    [Fact]
    public void When_no_rule_of_the_code_applies_the_engine_says_the_code_is_silent()
    {
        var evaluation = Check(TenantNames.Leiden, new PrivateCircumstanceDeclaration { LoansToColleagues = true });
        var reason = Assert.Single(evaluation.Reasons);
        Assert.Equal(Verdict.Oranje, evaluation.Verdict);
        Assert.Equal([Obligation.DiscussWithManager], evaluation.Obligations);
        Assert.Equal(ReasonKind.Silence, reason.Kind);
        Assert.Equal("1.3", reason.ArticleId);
        Assert.Equal("De gedragscode van Leiden zegt niets over deze privéomstandigheid; bespreek het met je leidinggevende.", reason.Explanation);
    }

    [Fact]
    public void A_department_rule_applies_in_every_municipality_and_is_named_as_such()
    {
        var context = new EvaluationContext(Today, DepartmentRules: new DepartmentRules(NoGiftsAtAll: true, Description: "Team Vergunningen neemt geen geschenken aan."));
        var evaluation = Check(TenantNames.Leiden, new GiftDeclaration { ValueEur = 10m, Status = GiftStatus.Accepted }, context);
        Assert.Equal(Verdict.Rood, evaluation.Verdict);
        var department = evaluation.Reasons[0];
        Assert.Equal(ReasonKind.DepartmentRule, department.Kind);
        Assert.Equal("afdelingsregel", department.ArticleId);
        Assert.Equal("Team Vergunningen neemt geen geschenken aan.", department.Excerpt);
    }

    [Fact]
    public void Obligations_and_verdicts_have_Dutch_labels_and_wire_names()
    {
        Assert.Equal("Melden bij je leidinggevende", Obligation.ReportToManager.DutchLabel());
        Assert.Equal("hand-over-to-municipality", Obligation.HandOverToMunicipality.Name());
        Assert.All(ObligationNames.All, o => Assert.True(ObligationNames.TryParse(o.Name(), out var back) && back == o));
        Assert.Equal("oranje", Verdict.Oranje.Name());
    }

    [Fact]
    public void A_page_can_show_the_text_of_every_article_a_policy_cites()
    {
        var policy = Catalog.InForce(TenantNames.SHertogenbosch, Today);
        var article = policy.Article("3.1 regel 6");
        Assert.Contains("meer dan € 50", article.Excerpt, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => policy.Article("99"));
    }
}
