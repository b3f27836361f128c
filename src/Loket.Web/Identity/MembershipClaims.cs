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

        var membership = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId && m.TenantId == tenantId)
            .Select(m => new { m.Roles, m.EmployeeId, m.User!.DisplayName, Tenant = db.Tenants.First(t => t.Id == m.TenantId) })
            .FirstOrDefaultAsync();
        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != LoketClaims.Role), principal.Identity?.AuthenticationType, ClaimTypes.Name, LoketClaims.Role);
        identity.AddClaim(new Claim(Loaded, "1"));
        if (membership is not null)
        {
            tenant.Set(tenantId, membership.Tenant.Slug, membership.Tenant.Name);
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
}
