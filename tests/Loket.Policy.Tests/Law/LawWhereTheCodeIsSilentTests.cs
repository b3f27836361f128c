using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Law;

// Issue 14: where a code is silent the law decides, with its exception, on every municipality it
// touches; where the code speaks, its own section decides. The first column names the source.
public class LawWhereTheCodeIsSilentTests
{
    [Theory]
    [InlineData("Leiden: wet art. 8 lid 1 b, niet zonder toestemming", TenantNames.Leiden, """{"type":"side-activity","selfEmployedForMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("Leiderdorp: wet art. 8 lid 1 b, niet zonder toestemming", TenantNames.Leiderdorp, """{"type":"side-activity","selfEmployedForMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("'s-Hertogenbosch: wet art. 8 lid 1 b (4.1 regel 11 gaat alleen over na het dienstverband)", TenantNames.SHertogenbosch, """{"type":"side-activity","selfEmployedForMunicipality":true}""", "oranje", "written-permission,register,report-end", "Ambtenarenwet 2017 art. 8 lid 1 b", "4.1 regel 5")]
    [InlineData("'s-Hertogenbosch: wet art. 8 lid 1 b, leveren aan de eigen gemeente", TenantNames.SHertogenbosch, """{"type":"financial-interest","benefitsFromSuppliesToMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("Leidschendam-Voorburg: wet art. 8 lid 1 b, niet zonder toestemming", TenantNames.LeidschendamVoorburg, """{"type":"side-activity","selfEmployedForMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("Leidschendam-Voorburg: wet art. 8 lid 1 b, leveren aan de eigen gemeente", TenantNames.LeidschendamVoorburg, """{"type":"financial-interest","benefitsFromSuppliesToMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("Alphen toel. 3 (Combinatie ambtenaar en zelfstandige): de code zelf verbiedt het", TenantNames.Alphen, """{"type":"side-activity","selfEmployedForMunicipality":true}""", "rood", "", "toel. 3")]
    [InlineData("Leiden 3.1: de code zelf verbiedt voordeel uit leveringen", TenantNames.Leiden, """{"type":"financial-interest","benefitsFromSuppliesToMunicipality":true}""", "rood", "", "3.1")]
    [InlineData("Leiderdorp 2.1: de code zelf verbiedt voordeel uit leveringen", TenantNames.Leiderdorp, """{"type":"financial-interest","benefitsFromSuppliesToMunicipality":true}""", "rood", "", "2.1")]
    [InlineData("Leidschendam-Voorburg: wet art. 8 lid 1 e, geen geld zonder toestemming", TenantNames.LeidschendamVoorburg, """{"type":"gift","valueEur":20,"form":"money"}""", "oranje", "written-permission,discuss-with-manager", "Ambtenarenwet 2017 art. 8 lid 1 e", "3.3")]
    public void Work_or_supplies_for_ones_own_municipality_need_permission_where_only_the_law_speaks(string source, string tenant, string json, string verdict, string obligations, params string[] articles)
    {
        Assert.NotEmpty(source);
        Expect(Check(tenant, json), verdict, obligations, articles);
    }

    [Theory]
    [InlineData("Leiden", TenantNames.Leiden)]
    [InlineData("Leiderdorp", TenantNames.Leiderdorp)]
    [InlineData("Leidschendam-Voorburg", TenantNames.LeidschendamVoorburg)]
    [InlineData("'s-Hertogenbosch", TenantNames.SHertogenbosch)]
    public void The_law_excerpt_names_the_permission_so_the_employee_hears_not_without_it(string name, string tenant)
    {
        var reason = Check(tenant, """{"type":"side-activity","selfEmployedForMunicipality":true}""").Reasons
            .Single(r => r.ArticleId == "Ambtenarenwet 2017 art. 8 lid 1 b");
        Assert.Equal(ReasonKind.Law, reason.Kind);
        Assert.Contains("zonder toestemming van zijn werkgever", reason.Excerpt, StringComparison.Ordinal);
        Assert.Contains("Vraag schriftelijk toestemming; zonder die toestemming doe je het niet.", reason.Explanation, StringComparison.Ordinal);
        Assert.NotEmpty(name);
    }

    [Theory]
    [InlineData("Leiden: wet art. 5 lid 1 c, de code noemt openbaarmaking niet", TenantNames.Leiden, "groen", "publish", "Ambtenarenwet 2017 art. 5 lid 1 c")]
    [InlineData("Leiderdorp: wet art. 5 lid 1 c, de code noemt openbaarmaking niet", TenantNames.Leiderdorp, "groen", "publish", "Ambtenarenwet 2017 art. 5 lid 1 c")]
    [InlineData("Leidschendam-Voorburg: wet art. 5 lid 1 c, het beleid noemt openbaarmaking niet", TenantNames.LeidschendamVoorburg, "groen", "publish", "Ambtenarenwet 2017 art. 5 lid 1 c")]
    [InlineData("'s-Hertogenbosch 4.1 regel 6: de code noemt het zelf", TenantNames.SHertogenbosch, "groen", "publish,register,report-end", "4.1 regel 6")]
    public void A_top_officials_side_activity_is_published_citing_the_code_or_else_the_law(string source, string tenant, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(source);
        var evaluation = Check(tenant, new SideActivityDeclaration { Paid = true }, new EvaluationContext(Today, IsTopOfficial: true));
        Expect(evaluation, verdict, obligations, article);
        var publishing = evaluation.Reasons.Single(r => r.Obligations.Contains(Obligation.Publish));
        Assert.Equal(article.StartsWith("Ambtenarenwet", StringComparison.Ordinal) ? ReasonKind.Law : ReasonKind.CodeRule, publishing.Kind);
    }

    [Fact]
    public void Alphen_publishes_a_directors_reported_side_activity_by_its_own_toelichting_3()
    {
        var evaluation = Check(TenantNames.Alphen, new SideActivityDeclaration { RelatedToOwnWork = true }, new EvaluationContext(Today, IsTopOfficial: true));
        Expect(evaluation, "oranje", "report-to-manager,register,publish", "toel. 3");
        Assert.DoesNotContain(evaluation.Reasons, r => r.Kind == ReasonKind.Law);
    }

    [Theory]
    [InlineData(TenantNames.Leiden)]
    [InlineData(TenantNames.Leiderdorp)]
    [InlineData(TenantNames.LeidschendamVoorburg)]
    public void Staff_who_are_not_top_officials_are_not_published(string tenant)
    {
        var evaluation = Check(tenant, new SideActivityDeclaration { Paid = true });
        Assert.DoesNotContain(Obligation.Publish, evaluation.Obligations);
    }
}
