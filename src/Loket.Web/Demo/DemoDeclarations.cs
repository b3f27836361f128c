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
        yield return new EmployeeDeclaration
        {
            TenantId = tenantId,
            EmployeeId = secretary.Id,
            Type = DeclarationType.SideActivity,
            Answers = "{\"type\":\"side-activity\",\"paid\":false,\"relatedToOwnWork\":false,\"organisationDealsWithMunicipality\":false}",
            Subject = "Bestuurslid van de regionale bibliotheek",
            Counterparty = "Stichting Bibliotheek in de regio",
            Role = "Bestuurslid (penningmeester)",
            StartDate = new DateOnly(2025, 9, 1),
            Verdict = Verdict.Groen,
            Citation = "voorbeeldgegevens",
            SubmittedAt = decided.AddDays(-5),
            DeciderId = null,
            RoutingNote = "integriteitscoördinator: niemand in de lijn kan onafhankelijk beslissen",
            Status = DeclarationStatus.Approved,
            DecidedById = officer.Id,
            DecidedAt = decided,
            PublishedAt = decided,
        };
    }
}
