using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants.Manage;

/// <summary>The installation operator's overview: every desk and every municipality, and whether it has an administrator yet.</summary>
[Authorize(Policy = OperatorAccess.Policy)]
public sealed class IndexModel(LoketDbContext db) : PageModel
{
    public sealed record TenantRow(string Slug, string Name, string Color, string Desk, string PolicySlug, bool HasAdmin);

    public List<Desk> Desks { get; private set; } = [];

    public List<TenantRow> Tenants { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Desks = await db.Desks.AsNoTracking().OrderBy(d => d.Name).ToListAsync();
        Tenants = await db.Tenants.OrderBy(t => t.Name).Select(t => new TenantRow(t.Slug, t.Name, t.PrimaryColor, t.Desk!.Name, t.PolicySlug,
            db.Memberships.IgnoreQueryFilters().Any(m => m.TenantId == t.Id && (m.Roles & Identity.Role.Admin) != 0))).ToListAsync();
    }
}
