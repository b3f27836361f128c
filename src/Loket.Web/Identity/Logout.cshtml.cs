using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Identity;

/// <summary>Sign out (a post with antiforgery token); SSO users are signed out at their provider too.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class LogoutModel(LoketDbContext db, IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Start");

    public async Task<IActionResult> OnPostAsync()
    {
        if (LoketClaims.UserIdOf(User) is { } userId)
        {
            await db.RecordEventAsync("Logout", nameof(UserAccount), userId.ToString(), string.Empty);
        }

        var properties = new AuthenticationProperties { RedirectUri = "/" };
        // At the provider too, while it is still configured: signing out of a scheme that was removed
        // since sign-in throws, and would leave the person signed in here.
        return User.FindFirst(LoketClaims.Scheme)?.Value is { } oidcScheme && await schemes.GetSchemeAsync(oidcScheme) is not null
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, oidcScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
