using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Loket.Web.Identity;

/// <summary>
/// Between a correct password and a correct TOTP code, a short-lived cookie remembers who and for
/// which municipality; it grants nothing by itself.
/// </summary>
internal static class TwoStepLogin
{
    public const string Scheme = "Loket.TwoStep";

    public static Task RememberAsync(HttpContext http, Guid userId, string tenantSlug) =>
        http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(LoketClaims.UserId, userId.ToString()), new Claim("loket:tenant-slug", tenantSlug)], Scheme)));

    public static async Task<(Guid UserId, string TenantSlug)?> RecallAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        var principal = result.Principal;
        return result.Succeeded && principal is not null && LoketClaims.UserIdOf(principal) is { } id && principal.FindFirst("loket:tenant-slug")?.Value is { } slug
            ? (id, slug)
            : null;
    }

    public static Task ForgetAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
