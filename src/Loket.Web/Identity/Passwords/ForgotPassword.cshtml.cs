using System.ComponentModel.DataAnnotations;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Passwords;

/// <summary>"Wachtwoord vergeten": one answer for every address, whether it has an account or not (<see cref="ResetRequest"/>).</summary>
[AllowAnonymous]
[EnableRateLimiting("login")]
public sealed class ForgotPasswordModel(LoketDbContext db, IServiceScopeFactory scopes) : PageModel
{
    public sealed class ResetInput
    {
        public string? Tenant { get; set; }

        [Required(ErrorMessage = "Vul je e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")]
        [StringLength(200, ErrorMessage = "Een e-mailadres is hoogstens 200 tekens.")]
        public string? Email { get; set; }
    }

    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public List<SelectListItem> Tenants { get; private set; } = [];

    [TempData]
    public string? Sent { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Tenants.All(t => t.Value != Input.Tenant))
        {
            ModelState.AddModelError("Input.Tenant", "Kies een gemeente uit de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        ResetRequest.Start(scopes, Input.Tenant!, Input.Email!);
        Sent = Tenants.First(t => t.Value == Input.Tenant).Text;
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Tenants = await db.Tenants.OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Slug)).ToListAsync();
}
