using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Identity.Passwords;

/// <summary>After a password was set through a link: where and with which name to sign in now.</summary>
[AllowAnonymous]
public sealed class PasswordSetModel : PageModel
{
    public string? UserName { get; private set; }

    public string? TenantName { get; private set; }

    public string? TenantSlug { get; private set; }

    public void OnGet()
    {
        if (TempData["PasswordSet"] is string set && set.Split('|') is [var userName, var tenantName, var slug])
        {
            (UserName, TenantName, TenantSlug) = (userName, tenantName, slug);
        }
    }
}
