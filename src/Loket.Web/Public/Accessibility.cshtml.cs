using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Public;

/// <summary>The accessibility statement the Besluit digitale toegankelijkheid overheid asks for.</summary>
[AllowAnonymous]
public sealed class AccessibilityModel : PageModel
{
    public void OnGet()
    {
    }
}
