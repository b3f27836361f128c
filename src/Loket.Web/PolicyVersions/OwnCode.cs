using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.PolicyVersions;

/// <summary>
/// The code of conduct of the municipality one works for, and the only one these pages touch: every query
/// for versions names its slug, so another municipality's versions answer 404.
/// </summary>
public sealed record OwnCode(string Slug, string MunicipalityName)
{
    public static Task<OwnCode> OfAsync(LoketDbContext db, TenantContext tenant) =>
        db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => new OwnCode(t.PolicySlug, t.Name)).SingleAsync();

    public IQueryable<StoredPolicy> Versions(LoketDbContext db) => db.StoredPolicies.Where(p => p.PolicySlug == Slug);

    /// <summary>The roles of the signed-in person in this municipality, as the aggregate's rules need them.</summary>
    public static Role RolesOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindAll(LoketClaims.Role).Aggregate(Role.None, (all, c) => Enum.TryParse<Role>(c.Value, out var role) ? all | role : all);
}
