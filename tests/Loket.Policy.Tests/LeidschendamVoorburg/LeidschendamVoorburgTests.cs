using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.LeidschendamVoorburg;

// Leidschendam-Voorburg's integrity policy leaves the concrete rules to annexes we do not have: where it
// is silent the answer is Oranje with the general duty (2.3); where the law decides, the law is cited.
public class LeidschendamVoorburgTests
{
    [Theory]
    [InlineData("wet: geld aannemen", """{"type":"gift","valueEur":20,"form":"money"}""", "oranje", "written-permission,discuss-with-manager", "Ambtenarenwet 2017 art. 8 lid 1 e")]
    [InlineData("3.3: regels over geschenken staan in de ARLV / Cao Gemeenten", """{"type":"gift","valueEur":20,"status":"accepted"}""", "oranje", "written-permission,discuss-with-manager", "3.3")]
    [InlineData("stilte: een uitnodiging", """{"type":"invitation","kind":"meal","functional":true}""", "oranje", "discuss-with-manager", "2.3")]
    [InlineData("4.1: nevenwerkzaamheden mogen in beginsel", """{"type":"side-activity","paid":true}""", "groen", "", "4.1")]
    [InlineData("2.4: meldingsplicht bij een risico voor de gemeente", """{"type":"side-activity","relatedToOwnWork":true}""", "oranje", "report-to-manager", "2.4")]
    [InlineData("wet: als zelfstandige werken voor de eigen gemeente", """{"type":"side-activity","selfEmployedForMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("stilte: nevenwerk onder werktijd", """{"type":"side-activity","duringWorkingHours":true}""", "oranje", "discuss-with-manager", "2.3")]
    [InlineData("2.4: een financieel belang dat je werk raakt", """{"type":"financial-interest","relatedToOwnWork":true}""", "oranje", "report-to-manager", "2.4")]
    [InlineData("stilte: een privérelatie", """{"type":"relationship","handlesTheirMatter":true}""", "oranje", "discuss-with-manager", "2.3")]
    [InlineData("stilte: privéomstandigheden", """{"type":"private-circumstance","debts":true}""", "oranje", "discuss-with-manager", "2.3")]
    [InlineData("stilte: inhuur van een ex-collega", """{"type":"former-colleague-hire","monthsSinceLeaving":1}""", "oranje", "discuss-with-manager", "2.3")]
    public void Declarations_get_the_answer_of_Leidschendam_Voorburg(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.LeidschendamVoorburg, json), verdict, obligations, article);
    }

    [Fact]
    public void A_silent_answer_says_so_in_Dutch_and_cites_the_general_duty()
    {
        var evaluation = Check(TenantNames.LeidschendamVoorburg, """{"type":"relationship"}""");
        var reason = Assert.Single(evaluation.Reasons);
        Assert.Equal(ReasonKind.Silence, reason.Kind);
        Assert.Equal("2.3", reason.ArticleId);
        Assert.StartsWith("De gedragscode van Leidschendam-Voorburg zegt niets over", reason.Explanation, StringComparison.Ordinal);
        Assert.Contains("bespreek het met je leidinggevende", reason.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_law_is_cited_as_law_in_Leidschendam_Voorburg()
    {
        var evaluation = Check(TenantNames.LeidschendamVoorburg, """{"type":"gift","form":"money"}""");
        Assert.Contains(evaluation.Reasons, r => r.Kind == ReasonKind.Law && r.ArticleId == "Ambtenarenwet 2017 art. 8 lid 1 e");
    }
}
