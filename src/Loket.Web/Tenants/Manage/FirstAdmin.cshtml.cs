using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants.Manage;

/// <summary>
/// A new municipality's first administrator, by the installation operator. Only the first: from then on
/// the municipality's own administrators add people, with four eyes. The one-time password is shown
/// on the answer page only, never stored readable or sent anywhere.
/// </summary>
[Authorize(Policy = OperatorAccess.Policy)]
public sealed class FirstAdminModel(LoketDbContext db) : PageModel
{
    public sealed class AdminInput
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Email { get; set; }
    }

    [BindProperty]
    public AdminInput Input { get; set; } = new();

    public string TenantName { get; private set; } = string.Empty;

    /// <summary>Set once, on the answer to the post: the operator passes it on by a safe route.</summary>
    public string? Password { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug) is not { } tenant)
        {
            return NotFound();
        }

        TenantName = tenant.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        ModelState.Clear();
        if (await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug) is not { } tenant)
        {
            return NotFound();
        }

        TenantName = tenant.Name;
        await using var scope = InstallationScope.Create(HttpContext, User);
        var administrators = scope.ServiceProvider.GetRequiredService<FirstAdministrator>();
        var (created, errors) = await administrators.CreateAsync(tenant, new(Input.UserName, Input.DisplayName, Input.Email), asOperator: false, onlyFirst: true);
        if (created is null)
        {
            errors.ForEach(e => ModelState.AddModelError($"Input.{e.Field}", e.Message));
            return Page();
        }

        Input.UserName = created.User.UserName;
        Password = created.Password;
        return Page();
    }
}
