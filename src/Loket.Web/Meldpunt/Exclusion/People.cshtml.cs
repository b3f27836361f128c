using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Exclusion;

/// <summary>
/// The picker's search for the report forms, open to anonymous reporters: names and departments of
/// one municipality, at least three letters, at most eight names, and a limit per address per minute
/// (<see cref="PeopleSearch"/>), so it cannot be used to copy the staff list.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SearchLimit)]
public sealed class PeopleModel(LoketDbContext db, PeopleSearch search) : PageModel
{
    public const string SearchLimit = "meldpunt-zoeken";

    public async Task<IActionResult> OnGetAsync(string? gemeente, string? zoek)
    {
        var tenantId = await db.Tenants.Where(t => t.Slug == gemeente).Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
        var found = tenantId is { } id && zoek?.Length <= 100 ? await search.FindAsync(id, zoek) : [];
        return new JsonResult(found.Select(p => new { id = p.Id, name = p.Name, department = p.Department }));
    }
}
