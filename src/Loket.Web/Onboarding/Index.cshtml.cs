using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>
/// HR's overview of what is missing, per org unit: who still has open items, which are late, and who started
/// (or starts) recently without a checklist. An HR adviser who onboards forty people a month starts here.
/// </summary>
[Authorize(Policy = Policies.Onboarding)]
public sealed class IndexModel(LoketDbContext db, TimeProvider time) : PageModel
{
    /// <summary>People who started this many days ago or later, or start in future, count as new.</summary>
    public const int NewForDays = 90;

    public sealed record Person(Guid Id, string Name, string Unit, DateOnly StartDate, IReadOnlyList<ChecklistItem> Open);

    public sealed record UnitRow(string Unit, int People, int Open, int Late, IReadOnlyDictionary<ItemKind, int> Missing);

    public DateOnly Today { get; private set; }

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public IReadOnlyList<Person> Waiting { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, string Unit, DateOnly StartDate)> WithoutChecklist { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = time.Today();
        var since = Today.AddDays(-NewForDays);
        var open = await db.Checklists.Where(c => c.Items.Any(i => i.DoneOn == null)).ToListAsync();
        var ids = open.Select(c => c.EmployeeId).ToList();
        var people = await db.Employees.Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, Unit = e.OrgUnit != null ? e.OrgUnit.Name : "Zonder afdeling" })
            .ToDictionaryAsync(e => e.Id);
        Waiting = open.Select(c => new Person(c.EmployeeId, people[c.EmployeeId].Name, people[c.EmployeeId].Unit, c.StartDate,
                c.Items.Where(i => !i.IsDone).OrderBy(i => i.DueOn).ToList()))
            .OrderBy(p => p.Unit).ThenBy(p => p.Open.Min(i => i.DueOn)).ToList();
        Units = Waiting.GroupBy(p => p.Unit).OrderBy(g => g.Key).Select(g => new UnitRow(
                g.Key, g.Count(), g.Sum(p => p.Open.Count), g.Sum(p => p.Open.Count(i => i.IsOverdueOn(Today))),
                g.SelectMany(p => p.Open).GroupBy(i => i.Kind).ToDictionary(k => k.Key, k => k.Count())))
            .ToList();
        WithoutChecklist = (await db.Employees.Where(e => e.StartDate >= since && (e.EndDate == null || e.EndDate >= Today))
                .Where(e => !db.Checklists.Any(c => c.EmployeeId == e.Id))
                .OrderBy(e => e.StartDate).ThenBy(e => e.Name)
                .Select(e => new { e.Id, e.Name, Unit = e.OrgUnit != null ? e.OrgUnit.Name : "Zonder afdeling", e.StartDate })
                .ToListAsync())
            .Select(e => (e.Id, e.Name, e.Unit, e.StartDate)).ToList();
    }
}
