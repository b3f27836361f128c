namespace Loket.Web.Tenants;

/// <summary>
/// A reporting desk (meldpunt). One desk can serve several municipalities, like the
/// "Meldpunt integriteit Leidse regio" for Leiden and Leiderdorp.
/// </summary>
public sealed class Desk
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public List<Tenant> Tenants { get; } = [];

    /// <summary>Made by demo mode: removed when the product starts with demo mode off.</summary>
    public bool IsDemo { get; set; }
}
