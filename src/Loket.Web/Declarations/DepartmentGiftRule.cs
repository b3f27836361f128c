using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// The stricter rule of the employee's department, if it or a unit above it accepts no gifts at all
/// ('s-Hertogenbosch 3.1 rule 8). The engine then judges every gift Rood, citing the department.
/// </summary>
public static class DepartmentGiftRule
{
    /// <summary>The rule for someone in <paramref name="unitId"/>; one small query when no unit has a rule, as is usual.</summary>
    public static async Task<DepartmentRules?> ForUnitAsync(LoketDbContext db, Guid? unitId, CancellationToken cancellationToken = default)
    {
        if (unitId is null)
        {
            return null;
        }

        var strict = await db.OrgUnits.Where(u => u.NoGiftsAtAll)
            .Select(u => new { u.Id, u.Name, u.GiftRuleWording })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        if (strict.Count == 0)
        {
            return null;
        }

        var parents = await db.OrgUnits.Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var seen = new HashSet<Guid>();
        for (var id = unitId; id is { } current && seen.Add(current); id = parents.GetValueOrDefault(current))
        {
            if (strict.TryGetValue(current, out var unit))
            {
                // The department's own words replace the code's excerpt only when it has written them down.
                return new DepartmentRules(NoGiftsAtAll: true, Description: unit.GiftRuleWording is { } wording ? $"Afspraak van {unit.Name}: {wording}" : null);
            }
        }

        return null;
    }
}
