using System.ComponentModel.DataAnnotations;
using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

/// <summary>Sign in with a local account for a chosen municipality, or through its OpenID Connect provider.</summary>
[AllowAnonymous]
[EnableRateLimiting("login")]
public sealed class LoginModel(LoketDbContext db, LocalLogin login, CurrentActor actor, IConfiguration configuration) : PageModel
{
    public sealed class LoginInput
    {
        public string? Tenant { get; set; }

        [Required(ErrorMessage = "Vul je gebruikersnaam in.")]
        [StringLength(128, ErrorMessage = "Een gebruikersnaam is hoogstens 128 tekens.")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "Vul je wachtwoord in.")]
        [StringLength(256, ErrorMessage = "Een wachtwoord is hoogstens 256 tekens.")]
        public string? Password { get; set; }
    }

    public sealed record TenantOption(string Slug, string Name, string Label);

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "fout")]
    public string? Failure { get; set; }

    public bool SsoFailed => Failure == "sso";

    public List<TenantOption> Tenants { get; private set; } = [];

    public List<TenantOption> SsoTenants { get; private set; } = [];

    /// <summary>Demo mode: the login page says that demo accounts skip the second step that real privileged accounts need.</summary>
    public bool DemoMode => configuration.GetValue<bool>("Demo:Enabled");

    public async Task OnGetAsync() => await LoadTenantsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadTenantsAsync();
        if (Tenants.All(t => t.Slug != Input.Tenant))
        {
            ModelState.AddModelError("Input.Tenant", "Kies een gemeente uit de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await login.CheckPasswordAsync(Input.Tenant!, Input.UserName!, Input.Password!, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case LoginOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw.");
                return Page();
            case LoginOutcome.EmploymentEnded:
                ModelState.AddModelError(string.Empty, Employment.EmploymentAccess.EndedMessage);
                return Page();
            case LoginOutcome.Invalid:
                ModelState.AddModelError(string.Empty, "De combinatie van gemeente, gebruikersnaam en wachtwoord klopt niet.");
                return Page();
            case LoginOutcome.NeedsCode:
                await TwoStepLogin.RememberAsync(HttpContext, result.User!.Id, Input.Tenant!);
                return RedirectToPage("/Identity/Code", new { ReturnUrl });
            default:
                await SignInAsync(HttpContext, db, actor, result.User!, Input.Tenant!);
                return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
    }

    public IActionResult OnPostSso(string tenant)
    {
        var configured = TenantOidcOptions.Read(configuration);
        if (!configured.ContainsKey(tenant))
        {
            return NotFound();
        }

        return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(ReturnUrl) }, TenantOidcOptions.SchemeFor(tenant));
    }

    internal static async Task SignInAsync(HttpContext http, LoketDbContext db, CurrentActor actor, UserAccount user, string tenantSlug, string? secondFactor = null)
    {
        var tenant = await db.Tenants.FirstAsync(t => t.Slug == tenantSlug);
        actor.Set(user.Id, user.DisplayName);
        await db.RecordEventAsync("Login", nameof(UserAccount), user.Id.ToString(), secondFactor is null ? "wachtwoord" : "wachtwoord en code", tenant.Id);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, LoketClaims.Create(user, tenant.Id, "pwd", secondFactor: secondFactor));
    }

    // Only our own pages: an open redirect would let a phishing link borrow our domain. Only printable
    // ASCII, as a percent-encoded path is: browsers drop tabs and newlines ("/\t/evil.example" becomes
    // "//evil.example"), LocalRedirect throws on a control character and a header cannot carry the rest.
    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2000 && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && returnUrl.All(c => c is > ' ' and <= '~')
            ? returnUrl
            : "/mijn";

    private async Task LoadTenantsAsync()
    {
        var sso = TenantOidcOptions.Read(configuration);
        Tenants = await db.Tenants.OrderBy(t => t.Name).Select(t => new TenantOption(t.Slug, t.Name, t.Name)).ToListAsync();
        SsoTenants = [.. Tenants.Where(t => sso.ContainsKey(t.Slug)).Select(t => t with { Label = sso[t.Slug].DisplayName ?? $"Inloggen bij {t.Name}" })];
    }
}
