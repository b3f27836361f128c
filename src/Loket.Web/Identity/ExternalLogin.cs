namespace Loket.Web.Identity;

/// <summary>Links a user to a subject at a municipality's OpenID Connect provider (issuer + sub).</summary>
public sealed class ExternalLogin
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public Guid TenantId { get; set; }

    public required string Issuer { get; set; }

    public required string Subject { get; set; }
}
