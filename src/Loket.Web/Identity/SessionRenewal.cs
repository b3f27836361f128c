using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Loket.Web.Identity;

/// <summary>
/// Issues this browser's cookie again after its own credential changed: with the account's new security
/// stamp (so this session goes on while every other one ends) and what it now proved as second factor.
/// Who, where and how one signed in (the provider's issuer and session for its logout) stay; so do the
/// saved tokens in the ticket's properties.
/// </summary>
internal static class SessionRenewal
{
    private static readonly string[] Kept = [LoketClaims.UserId, ClaimTypes.Name, LoketClaims.Tenant, LoketClaims.Method, LoketClaims.Scheme, "iss", "sid"];

    public static async Task RenewAsync(HttpContext http, UserAccount user, string? secondFactor)
    {
        var current = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var claims = http.User.Claims.Where(c => Kept.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)).ToList();
        claims.Add(new Claim(LoketClaims.Stamp, user.SecurityStamp));
        if (secondFactor is not null)
        {
            claims.Add(new Claim(LoketClaims.SecondFactor, secondFactor));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "loket", ClaimTypes.Name, LoketClaims.Role));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, current.Properties);
    }
}
