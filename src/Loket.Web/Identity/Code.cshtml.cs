using System.ComponentModel.DataAnnotations;
using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Loket.Web.Identity;

/// <summary>The second login step for accounts with TOTP switched on.</summary>
[AllowAnonymous]
[EnableRateLimiting("login")]
public sealed class CodeModel(LoketDbContext db, LocalLogin login, CurrentActor actor) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul de code van zes cijfers in.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Een code bestaat uit zes cijfers.")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await TwoStepLogin.RecallAsync(HttpContext) is null ? RedirectToPage("/Identity/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TwoStepLogin.RecallAsync(HttpContext) is not { } pending)
        {
            return RedirectToPage("/Identity/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await login.CheckCodeAsync(pending.UserId, Code!, HttpContext.RequestAborted);
        if (result.Outcome == LoginOutcome.Success)
        {
            await TwoStepLogin.ForgetAsync(HttpContext);
            await LoginModel.SignInAsync(HttpContext, db, actor, result.User!, pending.TenantSlug, SecondFactorRequired.Totp);
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.Outcome == LoginOutcome.LockedOut
            ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen."
            : "Deze code klopt niet. Gebruik de nieuwste code uit je app.");
        return Page();
    }
}
