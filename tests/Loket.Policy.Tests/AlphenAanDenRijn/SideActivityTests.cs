using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.AlphenAanDenRijn;

// Alphen aan den Rijn 3 and toel. 3: report (no written permission) what touches the job; the
// municipality assesses it and forbids it only when the risks cannot be mitigated (toel. 3
// "Beoordeling"); self-employed work for the municipality is forbidden.
public class SideActivityTests
{
    [Theory]
    [InlineData("toel. 3 voorbeeld: bestuurder van een welzijnsstichting terwijl je adviseert over welzijnssubsidie", """{"type":"side-activity","relatedToOwnWork":true,"organisationDealsWithMunicipality":true}""", "oranje", "report-to-manager,register", "toel. 3", "3")]
    [InlineData("3 voorbeeld: privé actievoeren tegen de sloop van een gebouw", """{"type":"side-activity","conflictsWithMunicipalInterests":true}""", "oranje", "report-to-manager,register", "3")]
    [InlineData("toel. 3 voorbeeld: als planoloog actievoeren tegen een nieuwe rijksweg", """{"type":"side-activity","conflictsWithMunicipalInterests":true}""", "oranje", "report-to-manager,register", "3")]
    [InlineData("3 voorbeeld: regelmatig tot laat werken als barkeeper", """{"type":"side-activity","paid":true,"riskOfDamage":true}""", "oranje", "report-to-manager,register", "3")]
    [InlineData("toel. 3 voorbeeld: bestuurder van een sportvereniging zonder relatie met je functie", """{"type":"side-activity","paid":false}""", "groen", "", "toel. 3")]
    [InlineData("toel. 3 voorbeeld: een deel van de week via je eigen bedrijf werken voor de gemeente", """{"type":"side-activity","selfEmployedForMunicipality":true}""", "rood", "", "toel. 3")]
    public void Side_activities_get_the_answer_of_Alphen_3(string example, string json, string verdict, string obligations, params string[] articles)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Alphen, json), verdict, obligations, articles);
    }

    [Fact]
    public void A_reported_side_activity_of_a_director_is_published_in_Alphen()
    {
        var declaration = new SideActivityDeclaration { RelatedToOwnWork = true };
        var evaluation = Check(TenantNames.Alphen, declaration, new EvaluationContext(Today, IsTopOfficial: true));
        Expect(evaluation, "oranje", "report-to-manager,register,publish", "toel. 3");
    }
}
