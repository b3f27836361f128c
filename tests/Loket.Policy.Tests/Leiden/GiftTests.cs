using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Leiden;

// Leiden 4.3 "Je neemt geen geschenken aan": accept only "minder dan € 50", report every gift.
public class GiftTests
{
    [Theory]
    [InlineData("4.3: een geschenk van € 30 dat je aanneemt", """{"type":"gift","valueEur":30,"status":"accepted","form":"goods"}""", "groen", "report-to-manager")]
    [InlineData("4.3: geldbedragen, ook kleine", """{"type":"gift","valueEur":20,"form":"money"}""", "rood", "refuse,report-to-manager")]
    [InlineData("4 voorbeeld: een partij biedt geld voor voorrang bij een vergunning", """{"type":"gift","valueEur":500,"form":"money","giverAwaitsDecision":true}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3: geschenken die op je huisadres komen", """{"type":"gift","valueEur":20,"deliveredAtHome":true}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3: een relatie die nog een vergunning nodig heeft", """{"type":"gift","valueEur":20,"giverAwaitsDecision":true}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3: tijdens een onderhandeling over een opdracht", """{"type":"gift","valueEur":20,"duringNegotiation":true}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3: kortingen op privégoederen", """{"type":"gift","valueEur":10,"form":"discount"}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3 voorbeeld: het opknappen van je huis", """{"type":"gift","valueEur":40,"form":"service"}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3 voorbeeld: een ruimte om je trouwerij te houden", """{"type":"gift","form":"service"}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3: een geweigerd geschenk meld je ook", """{"type":"gift","valueEur":80,"status":"declined"}""", "rood", "refuse,report-to-manager")]
    [InlineData("4.3: een in het vooruitzicht gesteld geschenk meld je ook", """{"type":"gift","valueEur":20,"status":"promised"}""", "groen", "report-to-manager")]
    [InlineData("4.3: zonder geschatte waarde kan de code niet beslissen", """{"type":"gift","form":"goods"}""", "oranje", "discuss-with-manager,report-to-manager")]
    [InlineData("4.3: een bedrijfsattentie kent in Leiden geen uitzondering op het melden", """{"type":"gift","valueEur":5,"form":"business-attention"}""", "groen", "report-to-manager")]
    public void Gifts_get_the_answer_of_Leiden_4_3(string example, string json, string verdict, string obligations)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Leiden, json), verdict, obligations, "4.3");
    }

    [Fact]
    public void An_accepted_gift_is_in_principle_property_of_the_municipality_in_Leiden()
    {
        var evaluation = Check(TenantNames.Leiden, """{"type":"gift","valueEur":20,"status":"accepted"}""");
        Assert.Contains(evaluation.Reasons, r => r.RuleId == "gift-property-of-municipality" && r.Excerpt.Contains("eigendom van de gemeente", StringComparison.Ordinal));
    }
}
