using System.Security.Claims;

namespace Loket.Web.Identity;

/// <summary>Claim types of our own cookie. Roles are added per request from the database, never stored in the cookie.</summary>
public static class LoketClaims
{
    public const string UserId = "loket:user";
    public const string Tenant = "loket:tenant";
    public const string Role = ClaimTypes.Role;
    public const string Employee = "loket:employee";
    public const string Method = "loket:method";
    public const string Scheme = "loket:scheme";

    public static Guid? UserIdOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(UserId), out var id) ? id : null;

    public static Guid? TenantOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(Tenant), out var id) ? id : null;

    public static Guid? EmployeeOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(Employee), out var id) ? id : null;

    /// <summary>The signed-in identity as stored in the cookie: who, for which municipality, and how they signed in.</summary>
    public static ClaimsPrincipal Create(UserAccount user, Guid tenantId, string method, string? scheme = null)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.DisplayName),
            new(Tenant, tenantId.ToString()),
            new(Method, method),
        };
        if (scheme is not null)
        {
            claims.Add(new Claim(Scheme, scheme));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "loket", ClaimTypes.Name, Role));
    }
}
