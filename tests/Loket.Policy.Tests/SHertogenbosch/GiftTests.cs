using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.SHertogenbosch;

// 's-Hertogenbosch 1.5, 3.1 and 3.3: refuse "meer dan € 50", during negotiation or at home; report
// every accepted gift; the manager decides what happens to it.
public class GiftTests
{
    [Theory]
    [InlineData("3.3 voorbeeld: een grote bos bloemen bij de opening van een pand", """{"type":"gift","valueEur":30,"status":"accepted","form":"goods"}""", "groen", "report-to-manager", "3.1 regel 6", "3.1 regel 7")]
    [InlineData("3.3 voorbeeld: twee flessen wijn, zonder aankondiging en aanleiding", """{"type":"gift","valueEur":25,"status":"accepted","form":"goods","unexplained":true}""", "oranje", "discuss-with-manager,return-to-giver,report-to-manager", "3.3")]
    [InlineData("3.3 voorbeeld: kleinigheden na een presentatie", """{"type":"gift","valueEur":10,"status":"accepted","form":"goods"}""", "groen", "report-to-manager", "3.1 regel 7")]
    [InlineData("3.3 voorbeeld: de waardebon van € 100", """{"type":"gift","valueEur":100,"status":"accepted","form":"voucher"}""", "rood", "refuse,return-to-giver,report-to-manager", "3.3", "3.1 regel 6")]
    [InlineData("1.5 oranje: een kerstpakket bezorgd op kantoor", """{"type":"gift","valueEur":40,"form":"goods","christmasPackage":true}""", "oranje", "discuss-with-manager", "1.5")]
    [InlineData("1.5 oranje en 3.1 regel 6c: een kerstpakket op het privéadres", """{"type":"gift","valueEur":40,"form":"goods","christmasPackage":true,"deliveredAtHome":true}""", "rood", "refuse,discuss-with-manager", "1.5", "3.1 regel 6")]
    [InlineData("3.1 regel 3: je neemt nooit geld aan", """{"type":"gift","valueEur":5,"form":"money"}""", "rood", "refuse", "3.1 regel 3")]
    [InlineData("3.1 regel 6b: in een periode van onderhandeling of overleg", """{"type":"gift","valueEur":20,"duringNegotiation":true}""", "rood", "refuse", "3.1 regel 6")]
    [InlineData("3.1 regel 6c: bij jou thuis aangeboden", """{"type":"gift","valueEur":20,"deliveredAtHome":true}""", "rood", "refuse", "3.1 regel 6")]
    [InlineData("3.1 regel 7: ook onder € 50 meld je een aangenomen geschenk", """{"type":"gift","valueEur":12,"status":"accepted"}""", "groen", "report-to-manager", "3.1 regel 7")]
    [InlineData("3.1 regel 7: een geweigerd geschenk hoef je niet te melden", """{"type":"gift","valueEur":12,"status":"declined"}""", "groen", "", "3.1 regel 7")]
    public void Gifts_get_the_answer_of_s_Hertogenbosch_3(string example, string json, string verdict, string obligations, params string[] articles)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.SHertogenbosch, json), verdict, obligations, articles);
    }

    [Fact]
    public void A_department_that_accepts_no_gifts_at_all_refuses_even_flowers_in_s_Hertogenbosch()
    {
        var flowers = new GiftDeclaration { ValueEur = 30, Status = GiftStatus.Accepted, Form = GiftForm.Goods };
        var evaluation = Check(TenantNames.SHertogenbosch, flowers, new EvaluationContext(Today, DepartmentRules: new DepartmentRules(NoGiftsAtAll: true)));
        Expect(evaluation, "rood", "refuse,report-to-manager", "3.1 regel 8");
        Assert.Equal(ReasonKind.DepartmentRule, evaluation.Reasons[0].Kind);
    }
}
