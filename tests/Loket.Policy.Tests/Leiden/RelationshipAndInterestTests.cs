using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Leiden;

// Leiden 3.1, 3.2 and 7.2: relationships and financial interests; silent on private circumstances.
public class RelationshipAndInterestTests
{
    [Theory]
    [InlineData("3.2: een kwestie van een naaste of bekende", """{"type":"relationship","handlesTheirMatter":true}""", "oranje", "do-not-handle-file,report-to-manager", "3.2")]
    [InlineData("7.2 voorbeeld: partners die elkaars werk beoordelen", """{"type":"relationship","withColleague":true,"assessEachOthersWork":true}""", "oranje", "report-to-manager,discuss-with-manager", "7.2")]
    [InlineData("7.2: een relatie met een collega is op zich niet mis", """{"type":"relationship","withColleague":true,"integrityRisk":false}""", "groen", "", "7.2")]
    [InlineData("7.2: een relatie die een integriteitsrisico oplevert", """{"type":"relationship","withExternalRelation":true,"integrityRisk":true}""", "oranje", "report-to-manager,discuss-with-manager", "7.2")]
    [InlineData("3.2 voorbeeld: privé zaken doen met partijen van je werk", """{"type":"financial-interest","organisationDealsWithMunicipality":true}""", "oranje", "report-to-manager,discuss-with-manager", "3.2")]
    [InlineData("3.1: voordeel uit leveringen aan de gemeente", """{"type":"financial-interest","benefitsFromSuppliesToMunicipality":true}""", "rood", "", "3.1")]
    [InlineData("stilte: aandelen zonder raakvlak", """{"type":"financial-interest","securities":true}""", "oranje", "discuss-with-manager", "1.3")]
    [InlineData("stilte: schulden", """{"type":"private-circumstance","debts":true}""", "oranje", "discuss-with-manager", "1.3")]
    [InlineData("7: een strafbaar feit in privétijd", """{"type":"private-circumstance","criminalActivityAtHome":true}""", "oranje", "discuss-with-manager", "7")]
    [InlineData("stilte: inhuur van een ex-collega", """{"type":"former-colleague-hire","monthsSinceLeaving":3}""", "oranje", "discuss-with-manager", "1.3")]
    public void Relationships_and_interests_get_the_answer_of_Leiden(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Leiden, json), verdict, obligations, article);
    }

    [Fact]
    public void Shares_that_touch_the_job_are_an_entangled_situation_not_a_silence_in_Leiden()
    {
        var evaluation = Check(TenantNames.Leiden, """{"type":"financial-interest","securities":true,"relatedToOwnWork":true}""");
        Expect(evaluation, "oranje", "report-to-manager,discuss-with-manager", "3.1");
        Assert.DoesNotContain(evaluation.Reasons, r => r.Kind == ReasonKind.Silence);
    }
}
