using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Tenants;

/// <summary>
/// A confidant (vertrouwenspersoon) as a municipality publishes them to its employees and on the
/// public report page. Kept apart from the Confidant role: an external confidant often has no
/// account, and a confidant with an account may want another phone number shown than their own.
/// </summary>
public sealed class ConfidantListing : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>What a reader needs to choose, e.g. "extern, niet in dienst van de gemeente" or "bereikbaar op dinsdag".</summary>
    public string? Note { get; set; }
}
