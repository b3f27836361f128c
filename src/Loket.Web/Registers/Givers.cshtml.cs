using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>
/// Gifts per giver (Alphen toelichting 4): repeated gifts from one giver to one employee, and one
/// giver reaching many employees, are signals even when every single gift is small.
/// </summary>
[Authorize(Policy = Policies.IntegrityOfficer)]
public sealed class GiversModel(LoketDbContext db) : PageModel
{
    public sealed record Giver(string Name, int Gifts, int Employees, int MostToOneEmployee, DateTimeOffset Last)
    {
        public bool Repeated => MostToOneEmployee >= 2;

        public bool ReachesMany => Employees >= 3;
    }

    public IReadOnlyList<Giver> Givers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Grouped in the database per giver and employee; names compared without case or spaces around.
        var pairs = await db.Declarations.Where(d => d.Type == DeclarationType.Gift && d.Counterparty != null)
            .GroupBy(d => new { Giver = d.Counterparty!.Trim().ToLower(), d.EmployeeId })
            .Select(g => new { g.Key.Giver, Name = g.Max(d => d.Counterparty)!, Count = g.Count(), Last = g.Max(d => d.SubmittedAt) })
            .ToListAsync();
        Givers = [.. pairs.GroupBy(p => p.Giver)
            .Select(g => new Giver(g.First().Name, g.Sum(p => p.Count), g.Count(), g.Max(p => p.Count), g.Max(p => p.Last)))
            .OrderByDescending(g => g.Repeated || g.ReachesMany).ThenByDescending(g => g.Gifts).ThenBy(g => g.Name)
            .Take(500)];
    }
}
