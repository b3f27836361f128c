using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Leiden;

// Leiden 4.3-4.5: discuss every invitation first; only relevant ones; no trips paid by others.
public class InvitationTests
{
    [Theory]
    [InlineData("4.4: een relevante lunch bespreek je eerst", """{"type":"invitation","kind":"meal","functional":true}""", "oranje", "discuss-with-manager", "4.4")]
    [InlineData("4.3 voorbeeld: de uitnodiging voor een voorstelling", """{"type":"invitation","kind":"event","functional":false}""", "rood", "discuss-with-manager,refuse", "4.4")]
    [InlineData("4.5: een bezoek waarbij anderen reis en overnachting betalen", """{"type":"invitation","kind":"trip","functional":true,"travelOrStayPaidByOthers":true}""", "rood", "discuss-with-manager,refuse", "4.5")]
    [InlineData("4.5: overleg altijd eerst, ook over een congres", """{"type":"invitation","kind":"conference"}""", "oranje", "discuss-with-manager", "4.5")]
    public void Invitations_get_the_answer_of_Leiden_4_4_and_4_5(string example, string json, string verdict, string obligations, string article)
    {
        Assert.NotEmpty(example);
        Expect(Check(TenantNames.Leiden, json), verdict, obligations, article);
    }
}
