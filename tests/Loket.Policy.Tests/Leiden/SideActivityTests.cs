using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Leiden;

// Leiden 3.1 and 3.3: written permission and HRM registration where a side activity touches the job.
public class SideActivityTests
{
    [Theory]
    [InlineData("3.3 voorbeeld: bestuurder van een welzijnsstichting terwijl je adviseert over welzijnssubsidie", """{"type":"side-activity","relatedToOwnWork":true,"organisationDealsWithMunicipality":true}""", "oranje", "written-permission,register", "3.3")]
    [InlineData("3.3 voorbeeld: privé actievoeren tegen de sloop van een gebouw waarover je besluiten voorbereidt", """{"type":"side-activity","conflictsWithMunicipalInterests":true}""", "oranje", "written-permission,register", "3.3")]
    [InlineData("3.3 voorbeeld: een ethisch of politiek omstreden privéactiviteit", """{"type":"side-activity","riskOfDamage":true}""", "oranje", "written-permission,register", "3.3")]
    [InlineData("3.1 voorbeeld: inkoper met een eigen bedrijf dat aan de gemeente kan leveren", """{"type":"side-activity","paid":true,"benefitsFromSuppliesToMunicipality":true}""", "rood", "", "3.1")]
    [InlineData("3.1: vrijwilligerswerk zonder raakvlak", """{"type":"side-activity","paid":false}""", "groen", "", "3.1")]
    [InlineData("6.1: bedrijfsmiddelen alleen voor je werk", """{"type":"side-activity","usesMunicipalResources":true}""", "rood", "", "6.1")]
    [InlineData("wet: als zelfstandige werken voor de eigen gemeente", """{"type":"side-activity","selfEmployedForMunicipality":true}""", "oranje", "written-permission", "Ambtenarenwet 2017 art. 8 lid 1 b")]
    [InlineData("stilte: nevenwerk onder werktijd", """{"type":"side-activity","duringWorkingHours":true}""", "oranje", "discuss-with-manager", "1.3")]
    public void Side_activities_get_the_answer_of_Leiden_3_1_and_3_3(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Leiden, json), verdict, obligations, article);
    }
}
