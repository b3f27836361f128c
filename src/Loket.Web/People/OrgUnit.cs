using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>A unit of the organisation (directie, afdeling, team); units form a tree.</summary>
public sealed class OrgUnit : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public Guid? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }
}
