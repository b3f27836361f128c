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

    /// <summary>The account's security stamp when the cookie was issued; another value in the database ends the session.</summary>
    public const string Stamp = "loket:stamp";

    /// <summary>How the second factor was proven in this session: "totp" (our own code) or "idp" (the provider said so).</summary>
    public const string SecondFactor = "loket:second-factor";

    /// <summary>Added per request while a privileged role waits for its second factor (<see cref="SecondFactorRequired"/>).</summary>
    public const string SecondFactorMissing = "loket:second-factor-missing";

    public static Guid? UserIdOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(UserId), out var id) ? id : null;

    public static Guid? TenantOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(Tenant), out var id) ? id : null;

    public static Guid? EmployeeOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(Employee), out var id) ? id : null;

    /// <summary>The signed-in identity as stored in the cookie: who, for which municipality, and how they signed in.</summary>
    public static ClaimsPrincipal Create(UserAccount user, Guid tenantId, string method, string? scheme = null, string? secondFactor = null)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.DisplayName),
            new(Tenant, tenantId.ToString()),
            new(Method, method),
            new(Stamp, user.SecurityStamp),
        };
        if (scheme is not null)
        {
            claims.Add(new Claim(Scheme, scheme));
        }

        if (secondFactor is not null)
        {
            claims.Add(new Claim(SecondFactor, secondFactor));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "loket", ClaimTypes.Name, Role));
    }
}
