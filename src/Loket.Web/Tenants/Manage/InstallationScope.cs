using System.Security.Claims;
using Loket.Web.Audit;
using Loket.Web.Identity;

namespace Loket.Web.Tenants.Manage;

/// <summary>
/// A scope for the operator's writes outside the municipality they signed in to: without a tenant, so
/// a new municipality's first membership is not refused as another tenant's row, and the desk and the
/// municipality are recorded in the installation's audit chain, as the command line records them;
/// with the operator as the actor, so the trail names who did it.
/// </summary>
internal static class InstallationScope
{
    public static AsyncServiceScope Create(HttpContext http, ClaimsPrincipal user)
    {
        var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(LoketClaims.UserIdOf(user), user.Identity?.Name ?? "installatiebeheerder");
        return scope;
    }
}
