using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// A shared desk's year (issue 18.5, the Leidse regio): the desk as a whole and each municipality it serves,
/// counted and suppressed together (<see cref="AnnualReportBuilder.DeskAsync"/>). Only for someone who may
/// read the report of every one of those municipalities; anyone else gets "not found", as the desk's set is
/// theirs only together. Drafts: the counted figures as they are now.
/// </summary>
[Authorize(Policy = AnnualReportServices.Readers)]
public sealed class DeskModel(LoketDbContext db, AnnualReportBuilder builder, TimeProvider time) : PageModel
{
    private const Role ReportRoles = Role.IntegrityOfficer | Role.Auditor;

    [BindProperty(SupportsGet = true, Name = "jaar")]
    public int? Year { get; set; }

    public string DeskName { get; private set; } = "";

    public IReadOnlyList<AnnualReportDocument> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Year = Year is { } y && y >= DutchDate.FirstYear && y <= time.Today().Year ? y : time.Today().Year;
        var tenant = LoketClaims.TenantOf(User)!.Value;
        var user = LoketClaims.UserIdOf(User)!.Value;
        var desk = await db.Tenants.Where(t => t.Id == tenant).Select(t => new { t.DeskId, t.Desk!.Name }).SingleAsync();
        var served = await db.Tenants.Where(t => t.DeskId == desk.DeskId).Select(t => t.Id).ToListAsync();
        var readable = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user && served.Contains(m.TenantId) && (m.Roles & ReportRoles) != 0)
            .Select(m => m.TenantId).Distinct().CountAsync();
        if (served.Count < 2 || readable < served.Count)
        {
            return NotFound();
        }

        DeskName = desk.Name;
        Documents = await builder.DeskAsync(desk.DeskId, Year.Value);
        return Page();
    }
}
