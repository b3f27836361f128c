using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.AlphenAanDenRijn;

// Alphen aan den Rijn 4 and toel. 4: refuse "meer dan € 50"; business attentions need no report;
// gifts belong to the municipality and are shared out.
public class GiftTests
{
    [Theory]
    [InlineData("4 voorbeeld: een fles wijn voor een door jou verzorgde presentatie", """{"type":"gift","valueEur":15,"status":"accepted","form":"goods"}""", "groen", "report-to-manager,hand-over-to-municipality", "4")]
    [InlineData("4 voorbeeld: bedrijfsattenties zoals kalenders en pennen", """{"type":"gift","valueEur":5,"status":"accepted","form":"business-attention"}""", "groen", "", "4")]
    [InlineData("4: een geschenk op je huisadres", """{"type":"gift","valueEur":20,"deliveredAtHome":true}""", "rood", "refuse,discuss-with-manager,report-to-manager", "4")]
    [InlineData("toel. 4: een geschenk in de onderhandelingsfase", """{"type":"gift","valueEur":20,"duringNegotiation":true}""", "rood", "refuse,report-to-manager", "toel. 4")]
    [InlineData("4: een relatie die nog een beslissing in bezwaar nodig heeft", """{"type":"gift","valueEur":20,"giverAwaitsDecision":true}""", "rood", "refuse,report-to-manager", "4")]
    [InlineData("toel. 4 voorbeeld: een cadeaubon als dank voor technische ondersteuning bij een congres", """{"type":"gift","valueEur":25,"status":"accepted","form":"voucher"}""", "groen", "report-to-manager,hand-over-to-municipality", "4", "toel. 4")]
    [InlineData("toel. 4 voorbeeld: een zeldzame postzegel voor je verzameling", """{"type":"gift","valueEur":80,"form":"goods"}""", "rood", "refuse,report-to-manager", "4")]
    [InlineData("4: geldbedragen", """{"type":"gift","valueEur":10,"form":"money"}""", "rood", "refuse,report-to-manager", "4")]
    [InlineData("4: kortingen op privégoederen en andere gunsten", """{"type":"gift","valueEur":10,"form":"discount"}""", "rood", "refuse,report-to-manager", "4")]
    [InlineData("4: een geweigerd geschenk meld je ook", """{"type":"gift","valueEur":30,"status":"declined"}""", "groen", "report-to-manager", "4")]
    public void Gifts_get_the_answer_of_Alphen_4(string example, string json, string verdict, string obligations, params string[] articles)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Alphen, json), verdict, obligations, articles);
    }
}
