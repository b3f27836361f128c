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

    /// <summary>
    /// The unit has agreed to accept no gifts at all, stricter than the code ('s-Hertogenbosch 3.1 rule 8);
    /// it applies to the units below it too.
    /// </summary>
    public bool NoGiftsAtAll { get; set; }

    /// <summary>How the unit words its rule; shown with the verdict instead of the code's text when set.</summary>
    public string? GiftRuleWording { get; set; }
}
