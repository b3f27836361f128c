using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

/// <summary>A desk officer serving several municipalities switches which one she works for.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class SwitchTenantModel(LoketDbContext db) : PageModel
{
    public sealed record Option(string Slug, string Name, bool Current);

    public List<Option> Options { get; private set; } = [];

    public async Task OnGetAsync() => Options = await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        var options = await LoadAsync();
        if (options.All(o => o.Slug != slug))
        {
            return NotFound();
        }

        var userId = LoketClaims.UserIdOf(User)!.Value;
        var user = await db.Users.FirstAsync(u => u.Id == userId);
        var tenantId = await db.Tenants.Where(t => t.Slug == slug).Select(t => t.Id).FirstAsync();
        var method = User.FindFirst(LoketClaims.Method)?.Value ?? "pwd";
        await db.RecordEventAsync("SwitchTenant", nameof(UserAccount), userId.ToString(), slug, tenantId);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, LoketClaims.Create(user, tenantId, method, User.FindFirst(LoketClaims.Scheme)?.Value));
        return RedirectToPage("/Home/Start");
    }

    private async Task<List<Option>> LoadAsync()
    {
        var userId = LoketClaims.UserIdOf(User);
        var current = LoketClaims.TenantOf(User);
        return await db.Tenants
            .Where(t => db.Memberships.IgnoreQueryFilters().Any(m => m.TenantId == t.Id && m.UserId == userId && m.Roles != Role.None))
            .OrderBy(t => t.Name)
            .Select(t => new Option(t.Slug, t.Name, t.Id == current))
            .ToListAsync();
    }
}
