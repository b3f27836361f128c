using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants;

/// <summary>What a municipality publishes for someone who wants to talk first: its desk and its confidants.</summary>
public sealed record MunicipalityContact(string Slug, string Name, Desk Desk, IReadOnlyList<ConfidantListing> Confidants);

public static class Contacts
{
    /// <summary>
    /// Every municipality's, for the public report page: the page is open to anyone, and so are these
    /// details, which is why they are read across tenants (confidants are published, never secret).
    /// </summary>
    public static async Task<List<MunicipalityContact>> AllAsync(LoketDbContext db, CancellationToken cancellationToken = default)
    {
        var tenants = await db.Tenants.AsNoTracking().Include(t => t.Desk).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var confidants = (await db.ConfidantListings.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken)).ToLookup(c => c.TenantId);
        return [.. tenants.Select(t => new MunicipalityContact(t.Slug, t.Name, t.Desk!, [.. confidants[t.Id]]))];
    }
}
