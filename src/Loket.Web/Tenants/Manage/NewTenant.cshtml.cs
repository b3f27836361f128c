using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants.Manage;

/// <summary>A new municipality, by the installation operator; the same rules as `loket tenant create`.</summary>
[Authorize(Policy = OperatorAccess.Policy)]
public sealed class NewTenantModel(LoketDbContext db, PolicyEngine policies) : PageModel
{
    public sealed class TenantInput
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public string? Color { get; set; }

        public string? DeskSlug { get; set; }

        public string? PolicySlug { get; set; }
    }

    [BindProperty]
    public TenantInput Input { get; set; } = new();

    public List<SelectListItem> Desks { get; private set; } = [];

    public List<SelectListItem> Codes { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var input = new NewTenant(Input.Slug?.Trim(), Input.Name, Input.Color, Input.DeskSlug, Input.PolicySlug);
        await using var scope = InstallationScope.Create(HttpContext, User);
        var setup = scope.ServiceProvider.GetRequiredService<TenantSetup>();
        var (tenant, errors) = await setup.CreateTenantAsync(input, policies.PolicySlugs);
        if (tenant is null)
        {
            errors.ForEach(e => ModelState.AddModelError($"Input.{e.Field}", e.Message));
            await LoadAsync();
            return Page();
        }

        Message = $"{tenant.Name} is aangemaakt. Maak nu de eerste beheerder aan.";
        return Redirect($"/installatie/gemeente/{tenant.Slug}/beheerder");
    }

    private async Task LoadAsync()
    {
        Desks = [.. (await db.Desks.OrderBy(d => d.Name).Select(d => new { d.Slug, d.Name }).ToListAsync()).Select(d => new SelectListItem(d.Name, d.Slug))];
        Codes = [.. policies.PolicySlugs.Order(StringComparer.Ordinal).Select(s => new SelectListItem(s, s))];
    }
}
