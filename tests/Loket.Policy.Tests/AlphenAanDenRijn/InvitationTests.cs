using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.AlphenAanDenRijn;

// Alphen aan den Rijn 5 and toel. 5: discuss all invitations; decline without functional meaning.
public class InvitationTests
{
    [Theory]
    [InlineData("toel. 5 voorbeeld: een etentje ter afsluiting van een goed verlopen project", """{"type":"invitation","kind":"meal","functional":true}""", "oranje", "discuss-with-manager", "5")]
    [InlineData("toel. 5 voorbeeld: een lunch met een relatie tijdens het onderhandelingsproces", """{"type":"invitation","kind":"meal","functional":true,"duringNegotiation":true}""", "oranje", "discuss-with-manager", "toel. 5")]
    [InlineData("toel. 5: zonder functionele betekenis sla je de uitnodiging af", """{"type":"invitation","kind":"event","functional":false}""", "rood", "discuss-with-manager,refuse", "toel. 5")]
    [InlineData("5: je reist niet op kosten van derden", """{"type":"invitation","kind":"trip","functional":true,"travelOrStayPaidByOthers":true}""", "rood", "discuss-with-manager,refuse", "5")]
    [InlineData("5: een functionele reis is een dienstreis met toestemming", """{"type":"invitation","kind":"trip","functional":true,"travelOrStayPaidByOthers":false}""", "oranje", "discuss-with-manager", "5")]
    public void Invitations_get_the_answer_of_Alphen_5(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Alphen, json), verdict, obligations, article);
    }
}
