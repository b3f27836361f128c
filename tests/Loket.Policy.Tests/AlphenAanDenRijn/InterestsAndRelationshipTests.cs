using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.AlphenAanDenRijn;

// Alphen aan den Rijn 3 (financial interests, the bijlage of designated functions) and 7 / toel. 7.
public class InterestsAndRelationshipTests
{
    [Fact]
    public void A_manager_reports_shares_in_a_company_their_work_touches_in_Alphen()
    {
        var evaluation = Check(TenantNames.Alphen, new FinancialInterestDeclaration { RelatedToOwnWork = true, Securities = true },
            new EvaluationContext(Today, IsDesignatedForFinancialInterests: true));
        Expect(evaluation, "oranje", "discuss-with-manager,report-to-manager", "3", "bijlage");
    }

    [Fact]
    public void Staff_outside_the_annex_are_advised_to_be_open_voluntarily_in_Alphen()
    {
        var evaluation = Check(TenantNames.Alphen, """{"type":"financial-interest","relatedToOwnWork":true}""");
        Expect(evaluation, "oranje", "discuss-with-manager", "3", "toel. 3");
        Assert.DoesNotContain(Obligation.ReportToManager, evaluation.Obligations);
    }

    [Fact]
    public void The_annex_lists_the_five_designated_functions_of_Alphen()
    {
        var policy = Catalog.InForce(TenantNames.Alphen, Today);
        Assert.Equal(5, policy.DesignatedFunctions!.Functions.Count);
        Assert.Contains("Concerncontroller", policy.DesignatedFunctions.Functions);
    }

    [Theory]
    [InlineData("toel. 7 voorbeeld: de aanvraag voor een bouwvergunning van je buurman", """{"type":"relationship","handlesTheirMatter":true}""", "rood", "do-not-handle-file,report-to-manager", "7")]
    [InlineData("toel. 7: partners in hetzelfde team, zonder hiërarchie", """{"type":"relationship","withColleague":true,"hierarchical":false}""", "groen", "report-to-manager", "7")]
    [InlineData("toel. 7: partners in een hiërarchische werkverhouding", """{"type":"relationship","withColleague":true,"hierarchical":true}""", "oranje", "report-to-manager,discuss-with-manager", "toel. 7")]
    [InlineData("toel. 7: een ex-collega binnen twee jaar na ontslag inhuren", """{"type":"former-colleague-hire","monthsSinceLeaving":12,"selfEmployedOrViaThirdParty":true}""", "oranje", "discuss-with-manager", "toel. 7")]
    [InlineData("toel. 7: 23 maanden is nog binnen twee jaar", """{"type":"former-colleague-hire","monthsSinceLeaving":23}""", "oranje", "discuss-with-manager", "toel. 7")]
    [InlineData("7: na twee jaar hangt het af van de omstandigheden", """{"type":"former-colleague-hire","monthsSinceLeaving":24}""", "oranje", "discuss-with-manager", "7")]
    [InlineData("7: zonder vertrekdatum bespreek je de risico's", """{"type":"former-colleague-hire"}""", "oranje", "discuss-with-manager", "7")]
    [InlineData("stilte: privéomstandigheden", """{"type":"private-circumstance","debts":true}""", "oranje", "discuss-with-manager", "inleiding")]
    public void Relationships_and_former_colleagues_get_the_answer_of_Alphen_7(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Alphen, json), verdict, obligations, article);
    }
}
