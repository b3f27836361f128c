using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>The public front door: what this is, which municipalities, and where to sign in.</summary>
[AllowAnonymous]
public sealed class IndexModel(LoketDbContext db) : PageModel
{
    public sealed record TenantRow(string Name, string DeskName);

    public List<TenantRow> Tenants { get; private set; } = [];

    public async Task OnGetAsync() =>
        Tenants = await db.Tenants.OrderBy(t => t.Name).Select(t => new TenantRow(t.Name, t.Desk!.Name)).ToListAsync();
}
