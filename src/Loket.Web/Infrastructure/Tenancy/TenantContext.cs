namespace Loket.Web.Infrastructure.Tenancy;

/// <summary>
/// The municipality the current request (or command) works for. Set once per scope by the
/// tenant middleware or by a CLI command; the DbContext reads it for its global filters.
/// </summary>
public sealed class TenantContext
{
    public Guid? TenantId { get; private set; }

    public string? Slug { get; private set; }

    public string? Name { get; private set; }

    public void Set(Guid tenantId, string slug, string name)
    {
        if (TenantId is { } current && current != tenantId)
        {
            throw new InvalidOperationException("The tenant of a scope cannot change once set.");
        }

        TenantId = tenantId;
        Slug = slug;
        Name = name;
    }
}
