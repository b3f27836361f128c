using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.SHertogenbosch;

// 's-Hertogenbosch 1.5, 3.1 regels 4-5, 9.1 and 9.3: private circumstances and relationships.
public class PrivateCircumstanceAndRelationshipTests
{
    [Theory]
    [InlineData("3.1 regel 5: schulden die het mogelijk maken je te chanteren", """{"type":"private-circumstance","debts":true}""", "oranje", "report-to-manager", "3.1 regel 4", "3.1 regel 5")]
    [InlineData("9.3 voorbeeld: als chauffeur buiten werktijd betrapt op rijden onder invloed", """{"type":"private-circumstance","suspectedOfCrime":true}""", "oranje", "report-to-manager", "9.3")]
    [InlineData("9.3 voorbeeld: een hennepkwekerij in huis", """{"type":"private-circumstance","criminalActivityAtHome":true,"suspectedOfCrime":true}""", "rood", "report-to-manager", "1.5", "9.3")]
    [InlineData("9.3 voorbeeld: je dochter in een verboden motorclub die bij je thuis samenkomt", """{"type":"private-circumstance","criminalCircles":true,"criminalActivityAtHome":true}""", "rood", "report-to-manager", "1.5", "3.1 regel 4")]
    [InlineData("3.1 regel 5: een inval in je woning", """{"type":"private-circumstance","raidOrEviction":true}""", "oranje", "report-to-manager", "3.1 regel 5")]
    [InlineData("1.5 rood: een vergunning van vrienden behandelen", """{"type":"relationship","handlesTheirMatter":true}""", "rood", "do-not-handle-file,report-to-manager", "1.5", "4.1 regel 4")]
    [InlineData("9.1 regel 4: met je partner in een hiërarchische relatie werken", """{"type":"relationship","withColleague":true,"hierarchical":true}""", "oranje", "discuss-with-manager,report-to-manager", "9.1 regel 4")]
    [InlineData("9.1 regel 3: een relatie met een collega is op zich niet mis", """{"type":"relationship","withColleague":true}""", "groen", "", "9.1 regel 3")]
    [InlineData("9.1 regel 3: een relatie die een integriteitsrisico oplevert", """{"type":"relationship","withExternalRelation":true,"integrityRisk":true}""", "oranje", "report-to-manager,discuss-with-manager", "9.1 regel 3")]
    public void Private_matters_get_the_answer_of_s_Hertogenbosch(string example, string json, string verdict, string obligations, params string[] articles)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.SHertogenbosch, json), verdict, obligations, articles);
    }
}
