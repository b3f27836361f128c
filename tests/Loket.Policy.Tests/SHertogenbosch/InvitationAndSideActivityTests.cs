using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.SHertogenbosch;

// 's-Hertogenbosch 1.5, 3 and 3.1 regel 9 (invitations); 4.1 and 4.3 (side activities, interests).
public class InvitationAndSideActivityTests
{
    [Theory]
    [InlineData("1.5 oranje: de skybox van een leverancier na het sluiten van een contract", """{"type":"invitation","kind":"event"}""", "oranje", "discuss-with-manager", "3.1 regel 9")]
    [InlineData("3: de skybox van een nieuwe samenwerkingspartner", """{"type":"invitation","kind":"event","newBusinessPartner":true}""", "rood", "discuss-with-manager,refuse", "3")]
    [InlineData("3.1 regel 9: niet relevant voor je functie", """{"type":"invitation","kind":"meal","functional":false}""", "rood", "discuss-with-manager,refuse", "3.1 regel 9")]
    [InlineData("stilte: een reis die anderen betalen", """{"type":"invitation","kind":"trip","functional":true,"travelOrStayPaidByOthers":true}""", "oranje", "discuss-with-manager", "1")]
    [InlineData("4.3 voorbeeld: leidinggevende van het team van de gebiedsontwikkeling in het actiecomité", """{"type":"side-activity","relatedToOwnWork":true,"conflictsWithMunicipalInterests":true}""", "oranje", "report-to-manager,register,report-end", "4.1 regel 7")]
    [InlineData("4.3 voorbeeld: hoofd Personele Zaken in het actiecomité", """{"type":"side-activity","relatedToOwnWork":false}""", "groen", "register,report-end", "4.1 regel 5")]
    [InlineData("4.3 voorbeeld: een eigen bedrijf met gemeentelijke contacten als klanten", """{"type":"side-activity","paid":true,"relatedToOwnWork":true}""", "oranje", "report-to-manager,register,report-end", "4.1 regel 7")]
    [InlineData("4.1 regel 9: nevenwerk onder werktijd", """{"type":"side-activity","duringWorkingHours":true}""", "rood", "register,report-end", "4.1 regel 9")]
    [InlineData("4.1 regel 8: gemeentelijk gereedschap voor nevenwerk", """{"type":"side-activity","usesMunicipalResources":true}""", "rood", "register,report-end", "4.1 regel 8")]
    [InlineData("4.3 voorbeeld: aandelen in een horecaketen terwijl je aan horecabeleid werkt", """{"type":"financial-interest","relatedToOwnWork":true,"securities":true}""", "oranje", "report-to-manager", "4.1 regel 7")]
    [InlineData("4.1 regel 10: een belang zonder relatie met de gemeente", """{"type":"financial-interest","securities":true}""", "groen", "", "4.1 regel 10")]
    [InlineData("4.1 regel 11: vrij snel na het dienstverband als zzp'er voor de gemeente", """{"type":"former-colleague-hire","monthsSinceLeaving":2}""", "oranje", "discuss-with-manager", "4.1 regel 11")]
    public void Invitations_and_side_activities_get_the_answer_of_s_Hertogenbosch(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.SHertogenbosch, json), verdict, obligations, article);
    }

    [Fact]
    public void The_gemeentesecretaris_publishes_side_activities_in_s_Hertogenbosch()
    {
        var evaluation = Check(TenantNames.SHertogenbosch, new SideActivityDeclaration(), new EvaluationContext(Today, IsTopOfficial: true));
        Expect(evaluation, "groen", "register,report-end,publish", "4.1 regel 6");
    }
}
