using System.Security.Claims;
using Loket.Web.Infrastructure.Audit;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

/// <summary>
/// On every request, reads the user's roles in the chosen municipality from our database (never
/// from the identity provider), and fixes the tenant and actor of this request's scope. A revoked
/// membership or a deleted account takes effect at the next request.
/// </summary>
internal sealed class MembershipClaims(LoketDbContext db, TenantContext tenant, CurrentActor actor) : IClaimsTransformation
{
    private const string Loaded = "loket:roles-loaded";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.HasClaim(c => c.Type == Loaded) || LoketClaims.UserIdOf(principal) is not { } userId || LoketClaims.TenantOf(principal) is not { } tenantId)
        {
            return principal;
        }

        var membership = await Query.For(db)(db, userId, tenantId);
        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != LoketClaims.Role), principal.Identity?.AuthenticationType, ClaimTypes.Name, LoketClaims.Role);
        identity.AddClaim(new Claim(Loaded, "1"));
        if (membership is not null)
        {
            tenant.Set(tenantId, membership.TenantSlug, membership.TenantName);
            actor.Set(userId, membership.DisplayName);
            foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.None && membership.Roles.HasFlag(r)))
            {
                identity.AddClaim(new Claim(LoketClaims.Role, role.ToString()));
            }

            if (membership.EmployeeId is { } employeeId)
            {
                identity.AddClaim(new Claim(LoketClaims.Employee, employeeId.ToString()));
            }
        }

        return new ClaimsPrincipal(identity);
    }

    private sealed record Row(Role Roles, Guid? EmployeeId, string DisplayName, string TenantSlug, string TenantName);

    // Compiled once: this runs on every signed-in request, so its expression is not rebuilt each time.
    private static readonly CompiledPerModel<Func<LoketDbContext, Guid, Guid, Task<Row?>>> Query = new(() => EF.CompileAsyncQuery(
        (LoketDbContext db, Guid userId, Guid tenantId) => db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId && m.TenantId == tenantId)
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new Row(m.Roles, m.EmployeeId, m.User!.DisplayName, t.Slug, t.Name))
            .FirstOrDefault()));
}
