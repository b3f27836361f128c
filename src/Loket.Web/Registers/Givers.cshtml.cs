using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>
/// Gifts per giver (Alphen toelichting 4): repeated gifts from one giver to one employee, and one
/// giver reaching many employees, are signals even when every single gift is small. The spellings of
/// one giver ("Bouwbedrijf De Vries B.V.", "De Vries Bouw") count as one (<see cref="GiverNames"/>).
/// </summary>
[Authorize(Policy = Policies.IntegrityOfficer)]
public sealed class GiversModel(LoketDbContext db) : PageModel
{
    /// <summary>One spelling as typed, with its number of gifts.</summary>
    public sealed record Variant(string Name, int Gifts);

    public sealed record Giver(IReadOnlyList<Variant> Variants, int Gifts, int Employees, int MostToOneEmployee, DateTimeOffset Last)
    {
        /// <summary>The spelling used most.</summary>
        public string Name => Variants[0].Name.Trim();

        public bool Repeated => MostToOneEmployee >= 2;

        public bool ReachesMany => Employees >= 3;

        /// <summary>The register of gifts from this giver, every spelling of it.</summary>
        public string Link => RegisterLink(Variants.Select(v => v.Name));

        public static string RegisterLink(IEnumerable<string> names) =>
            "/registers/geschenken?" + string.Join('&', names.Select(n => $"gever={Uri.EscapeDataString(n)}"));
    }

    public IReadOnlyList<Giver> Givers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Counted in the database per name as typed and employee; the names grouped as givers here.
        var pairs = await db.Declarations.Where(d => d.Type == DeclarationType.Gift && d.Counterparty != null)
            .GroupBy(d => new { d.Counterparty, d.EmployeeId })
            .Select(g => new { Name = g.Key.Counterparty!, g.Key.EmployeeId, Count = g.Count(), Last = g.Max(d => d.SubmittedAt) })
            .ToListAsync();
        var byName = pairs.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var mostUsedFirst = byName.OrderByDescending(n => n.Value.Sum(p => p.Count)).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key);
        Givers = [.. GiverNames.Group(mostUsedFirst)
            .Select(names =>
            {
                var rows = names.SelectMany(n => byName[n]).ToList();
                var perEmployee = rows.GroupBy(r => r.EmployeeId).Select(g => g.Sum(r => r.Count)).ToList();
                return new Giver([.. names.Select(n => new Variant(n, byName[n].Sum(p => p.Count)))],
                    rows.Sum(r => r.Count), perEmployee.Count, perEmployee.Max(), rows.Max(r => r.Last));
            })
            .OrderByDescending(g => g.Repeated || g.ReachesMany).ThenByDescending(g => g.Gifts).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Take(500)];
    }
}
