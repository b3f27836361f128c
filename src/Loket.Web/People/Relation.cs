using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>
/// A declared relation between two employees. Four-eyes checks treat it as symmetric: nobody
/// decides on a relation's declaration (Leiden 7.2, 's-Hertogenbosch 9.1). The rule: <see cref="Relatedness"/>.
/// </summary>
public sealed class Relation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployeeId { get; set; }

    public Guid RelatedEmployeeId { get; set; }

    public RelationKind Kind { get; set; }
}
