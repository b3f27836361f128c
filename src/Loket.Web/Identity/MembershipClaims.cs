using System.Security.Claims;
using Loket.Web.Audit;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

/// <summary>
/// On every request, reads the user's roles in the chosen municipality from our database (never
/// from the identity provider), and fixes the tenant and actor of this request's scope. A revoked
/// membership or a deleted account takes effect at the next request. So does a changed password or
/// second factor: a cookie issued with another security stamp no longer signs anyone in. A privileged
/// role without a second factor in this session is marked, and <see cref="SecondFactorRequired"/> holds it
/// at the account page.
/// </summary>
internal sealed class MembershipClaims(LoketDbContext db, TenantContext tenant, CurrentActor actor, IConfiguration configuration, IHttpContextAccessor http, TimeProvider time) : IClaimsTransformation
{
    private const string Loaded = "loket:roles-loaded";

    /// <summary>
    /// The cookie's own check, before anything else sees the principal: one issued with another security
    /// stamp is rejected and deleted, so the request counts as signed out and is sent to the login page.
    /// The membership read here is kept for <see cref="TransformAsync"/>, so a request still costs one query.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || LoketClaims.UserIdOf(principal) is not { } userId || LoketClaims.TenantOf(principal) is not { } tenantId)
        {
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<LoketDbContext>();
        var membership = await Query.For(db)(db, userId, tenantId);
        // Cookies from before security stamps carry none; so do accounts from then until their first change.
        // An ended employment ends the session in that municipality on the day after the end date, whatever the cookie.
        var today = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        if (membership is not null && ((principal.FindFirst(LoketClaims.Stamp)?.Value ?? string.Empty) != membership.SecurityStamp
            || (!Employment.EmploymentAccess.Allows(membership.EmploymentStart, membership.EmploymentEnd, today)
                && !await Employment.EmploymentAccess.AllowsBeforeStartAsync(db, membership.EmployeeId, membership.EmploymentStart, membership.EmploymentEnd, today))))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.HttpContext.Items[typeof(MembershipClaims)] = new Cached(membership);
    }

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.HasClaim(c => c.Type == Loaded) || LoketClaims.UserIdOf(principal) is not { } userId || LoketClaims.TenantOf(principal) is not { } tenantId)
        {
            return principal;
        }

        var membership = http.HttpContext?.Items[typeof(MembershipClaims)] is Cached cached ? cached.Row : await Query.For(db)(db, userId, tenantId);

        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != LoketClaims.Role), principal.Identity?.AuthenticationType, ClaimTypes.Name, LoketClaims.Role);
        identity.AddClaim(new Claim(Loaded, "1"));
        if (membership is not null)
        {
            tenant.Set(tenantId, membership.TenantSlug, membership.TenantName);
            actor.Set(userId, membership.DisplayName);
            // Before the first working day a new person is only an employee: their own start, nothing of the role yet.
            var roles = Employment.EmploymentAccess.BeforeStart(membership.EmploymentStart, time.Today()) ? membership.Roles & Role.Employee : membership.Roles;
            foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.None && roles.HasFlag(r)))
            {
                identity.AddClaim(new Claim(LoketClaims.Role, role.ToString()));
            }

            if (membership.EmployeeId is { } employeeId)
            {
                identity.AddClaim(new Claim(LoketClaims.Employee, employeeId.ToString()));
            }

            var demoExempt = membership.IsDemo && configuration.GetValue<bool>("Demo:Enabled");
            if (SecondFactorRequired.Applies(roles, principal.HasClaim(c => c.Type == LoketClaims.SecondFactor), demoExempt))
            {
                identity.AddClaim(new Claim(LoketClaims.SecondFactorMissing, membership.TotpEnabled ? "code" : "setup"));
            }
        }

        return new ClaimsPrincipal(identity);
    }

    private sealed record Cached(Row? Row);

    private sealed record Row(Role Roles, Guid? EmployeeId, string DisplayName, string TenantSlug, string TenantName, string SecurityStamp, bool TotpEnabled, bool IsDemo, DateOnly? EmploymentStart, DateOnly? EmploymentEnd);

    // Compiled once: this runs on every signed-in request, so its expression is not rebuilt each time.
    private static readonly CompiledPerModel<Func<LoketDbContext, Guid, Guid, Task<Row?>>> Query = new(() => EF.CompileAsyncQuery(
        (LoketDbContext db, Guid userId, Guid tenantId) => db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId && m.TenantId == tenantId)
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new Row(m.Roles, m.EmployeeId, m.User!.DisplayName, t.Slug, t.Name, m.User.SecurityStamp, m.User.TotpEnabled, m.User.IsDemo,
                m.Employee != null ? m.Employee.StartDate : (DateOnly?)null, m.Employee != null ? m.Employee.EndDate : null))
            .FirstOrDefault()));
}
