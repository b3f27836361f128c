using Loket.Web.Infrastructure;
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
public sealed class SwitchTenantModel(LoketDbContext db, TimeProvider time) : PageModel
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
        var today = time.Today();
        // A municipality where the employment has ended is no longer offered (Employment.EmploymentAccess).
        var memberships = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId && m.Roles != Role.None)
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new
            {
                t.Slug,
                t.Name,
                t.Id,
                Start = m.Employee != null ? m.Employee.StartDate : (DateOnly?)null,
                End = m.Employee != null ? m.Employee.EndDate : null,
            })
            .ToListAsync();
        return [.. memberships.Where(m => Employment.EmploymentAccess.Allows(m.Start, m.End, today)).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new Option(m.Slug, m.Name, m.Id == current))];
    }
}
