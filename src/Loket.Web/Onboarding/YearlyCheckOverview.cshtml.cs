using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>Completion of the yearly check per org unit, for HR and the integrity officer: who is in service today and who confirmed this year.</summary>
[Authorize(Policy = Policies.Onboarding)]
public sealed class YearlyCheckOverviewModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed record UnitRow(string Unit, int InService, int Confirmed);

    public int Year { get; private set; }

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = time.Today();
        Year = today.Year;
        var year = Year;
        Units = (await db.Employees.Where(e => e.StartDate <= today && (e.EndDate == null || e.EndDate >= today))
                .Select(e => new { Unit = e.OrgUnit != null ? e.OrgUnit.Name : "Zonder afdeling", Confirmed = db.YearlyChecks.Any(c => c.EmployeeId == e.Id && c.Year == year) })
                .ToListAsync())
            .GroupBy(e => e.Unit).OrderBy(g => g.Key)
            .Select(g => new UnitRow(g.Key, g.Count(), g.Count(e => e.Confirmed))).ToList();
    }
}
