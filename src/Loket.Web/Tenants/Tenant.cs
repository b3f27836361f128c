namespace Loket.Web.Tenants;

/// <summary>A municipality (gemeente). Its code of conduct is the policy named by <see cref="PolicySlug"/>.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>URL name, e.g. "leiden" or "s-hertogenbosch".</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Folder under policies/ that holds this municipality's versioned code of conduct.</summary>
    public required string PolicySlug { get; set; }

    /// <summary>Branding: the municipality's main colour as #rrggbb, used as a design-token override.</summary>
    public string PrimaryColor { get; set; } = "#154273";

    public Guid DeskId { get; set; }

    public Desk? Desk { get; set; }

    /// <summary>Made by demo mode: removed with everything in it when the product starts with demo mode off.</summary>
    public bool IsDemo { get; set; }
}
