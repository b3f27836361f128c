using System.Security.Claims;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// Who makes and reads copies: whoever may read the case itself (a handler, or a desk member who
/// opened it with a reason), in its own municipality. Someone the case keeps out (named in it, related
/// to someone named) or of another municipality does not find it (404); a desk member who has not
/// opened it is refused (403); everyone else is stopped by the CaseWork policy before this.
/// </summary>
public static class CopyAccess
{
    public sealed record Outcome(Report? Report, int? Status);

    public static async Task<Outcome> CheckAsync(CaseAccess access, TenantContext tenant, ClaimsPrincipal user, Guid reportId)
    {
        var userId = LoketClaims.UserIdOf(user)!.Value;
        var report = await access.FindVisibleAsync(reportId, tenant.TenantId!.Value, userId);
        if (report is null)
        {
            return new(null, StatusCodes.Status404NotFound);
        }

        return await access.MayReadAsync(report.Id, userId) ? new(report, null) : new(null, StatusCodes.Status403Forbidden);
    }
}
