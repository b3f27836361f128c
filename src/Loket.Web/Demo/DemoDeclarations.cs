using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.People;

namespace Loket.Web.Demo;

/// <summary>A published side activity of the secretaris, so the public register of every demo municipality has content.</summary>
internal static class DemoDeclarations
{
    public static IEnumerable<object> For(Guid tenantId, Employee secretary, Employee officer)
    {
        var decided = new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero);
        // Filed, decided and published through the aggregate's own steps, like any declaration.
        var route = new DeclarationRouting.Route(null, "integriteitscoördinator: niemand in de lijn kan onafhankelijk beslissen", DeclarationRouting.Officer);
        var submission = new Submission(tenantId, secretary.Id, DeclarationType.SideActivity,
            "{\"type\":\"side-activity\",\"paid\":false,\"relatedToOwnWork\":false,\"organisationDealsWithMunicipality\":false}",
            new DeclarationDescription("Bestuurslid van de regionale bibliotheek", "Stichting Bibliotheek in de regio", "Bestuurslid (penningmeester)", new DateOnly(2025, 9, 1)),
            Verdict.Groen, "voorbeeldgegevens", route);
        var declaration = Filed(EmployeeDeclaration.Submit(submission, decided.AddDays(-5)).Value);
        Succeeds(declaration.Decide(new Decision(DeclarationStatus.Approved, null), GiftDestinations.Default, officer.Id,
            deciderIsRelation: false, deciderIsOfficer: true, decided));
        Succeeds(declaration.Publish(decided));
        yield return declaration;
    }

    private static EmployeeDeclaration Filed(EmployeeDeclaration? declaration) =>
        declaration ?? throw new InvalidOperationException("The demo declaration was refused.");

    private static void Succeeds(Infrastructure.Domain.Refusal? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"The demo declaration was refused: {refusal.Message}");
        }
    }
}
