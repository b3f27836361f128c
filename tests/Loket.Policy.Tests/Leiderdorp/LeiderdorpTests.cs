using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Leiderdorp;

// Leiderdorp's code is nearly Leiden's, but chapters 2 and 3 are swapped: the answers are the same,
// the citations follow Leiderdorp's own numbering (2.x = Leiden 3.x).
public class LeiderdorpTests
{
    [Theory]
    [InlineData("4.3: een geschenk van € 30 dat je aanneemt", """{"type":"gift","valueEur":30,"status":"accepted"}""", "groen", "report-to-manager", "4.3")]
    [InlineData("4.3: geldbedragen", """{"type":"gift","valueEur":5,"form":"money"}""", "rood", "refuse,report-to-manager", "4.3")]
    [InlineData("4.3: geschenken die op je huisadres komen", """{"type":"gift","valueEur":20,"deliveredAtHome":true}""", "rood", "refuse,report-to-manager", "4.3")]
    [InlineData("4.5: bezoeken waarbij anderen reis en overnachting betalen", """{"type":"invitation","kind":"trip","travelOrStayPaidByOthers":true}""", "rood", "discuss-with-manager,refuse", "4.5")]
    [InlineData("4.4: bespreek iedere uitnodiging", """{"type":"invitation","kind":"meal","functional":true}""", "oranje", "discuss-with-manager", "4.4")]
    [InlineData("2.3 voorbeeld: bestuurder van een welzijnsstichting", """{"type":"side-activity","relatedToOwnWork":true,"organisationDealsWithMunicipality":true}""", "oranje", "written-permission,register", "2.3")]
    [InlineData("2.3 voorbeeld: actievoeren tegen de sloop van een gebouw", """{"type":"side-activity","conflictsWithMunicipalInterests":true}""", "oranje", "written-permission,register", "2.3")]
    [InlineData("2.3 voorbeeld: een omstreden privéactiviteit", """{"type":"side-activity","riskOfDamage":true}""", "oranje", "written-permission,register", "2.3")]
    [InlineData("2.1 voorbeeld: inkoper met een bedrijf dat kan leveren", """{"type":"side-activity","benefitsFromSuppliesToMunicipality":true}""", "rood", "", "2.1")]
    [InlineData("2.2: een kwestie van een naaste", """{"type":"relationship","handlesTheirMatter":true}""", "oranje", "do-not-handle-file,report-to-manager", "2.2")]
    [InlineData("7.2: partners die elkaars werk goedkeuren", """{"type":"relationship","assessEachOthersWork":true}""", "oranje", "report-to-manager,discuss-with-manager", "7.2")]
    [InlineData("stilte: privéomstandigheden", """{"type":"private-circumstance","suspectedOfCrime":true}""", "oranje", "discuss-with-manager", "1.3")]
    public void Declarations_get_the_answer_of_Leiderdorp_in_its_own_numbering(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Leiderdorp, json), verdict, obligations, article);
    }

    [Fact]
    public void Leiderdorp_never_cites_Leidens_chapter_3_numbers()
    {
        var policy = Catalog.InForce(TenantNames.Leiderdorp, Today);
        Assert.DoesNotContain(policy.Articles, a => a.Id.StartsWith("3.", StringComparison.Ordinal));
    }
}
