using Loket.Web.Infrastructure.Web;

namespace Loket.Web.Identity;

/// <summary>
/// BIO2: whoever holds a privileged role uses a second factor. A session of such a role without one
/// (password only, or an identity provider that did not say it asked for more) reaches only the account
/// page, where the person sets up TOTP or enters its code; every other page sends them there, every API
/// call is refused. Demo accounts in demo mode are exempt, and the login page says so.
/// </summary>
public static class SecondFactorRequired
{
    public const Role Privileged = Role.IntegrityOfficer | Role.Confidant | Role.Secretary | Role.Admin | Role.Auditor;

    /// <summary>Values of <see cref="LoketClaims.SecondFactor"/>.</summary>
    public const string Totp = "totp";

    public const string Provider = "idp";

    public const string AccountPage = "/account";

    // What a person without the second factor may still reach: the page to set it up, signing out or in again, and error pages.
    private static readonly string[] Open = [AccountPage, "/uitloggen", "/inloggen", "/fout", "/huisstijl", "/health"];

    public static bool Applies(Role roles, bool hasSecondFactor, bool demoExempt) => (roles & Privileged) != 0 && !hasSecondFactor && !demoExempt;

    public static IApplicationBuilder UseSecondFactorRequired(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!context.User.HasClaim(c => c.Type == LoketClaims.SecondFactorMissing) || Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        if (ApiErrors.IsApi(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        context.Response.Redirect(AccountPage);
    });
}
