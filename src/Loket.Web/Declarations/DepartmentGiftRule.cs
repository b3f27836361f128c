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
    public static async Task<DepartmentRules?> ForEmployeeAsync(LoketDbContext db, Guid employeeId, CancellationToken cancellationToken = default)
    {
        var unitId = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.OrgUnitId).FirstOrDefaultAsync(cancellationToken);
        var seen = new HashSet<Guid>();
        while (unitId is { } id && seen.Add(id))
        {
            var unit = await db.OrgUnits.Where(u => u.Id == id)
                .Select(u => new { u.Name, u.NoGiftsAtAll, u.GiftRuleWording, u.ParentId })
                .FirstOrDefaultAsync(cancellationToken);
            if (unit is null)
            {
                return null;
            }

            if (unit.NoGiftsAtAll)
            {
                // The department's own words replace the code's excerpt only when it has written them down.
                return new DepartmentRules(NoGiftsAtAll: true, Description: unit.GiftRuleWording is { } wording ? $"Afspraak van {unit.Name}: {wording}" : null);
            }

            unitId = unit.ParentId;
        }

        return null;
    }
}
