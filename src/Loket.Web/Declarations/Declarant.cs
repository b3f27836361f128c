using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// What the engine must know about the employee besides the answers: the code of their municipality,
/// their function's flags and their department's stricter rule. Always read from our records, never
/// taken from the form or the API caller.
/// </summary>
public sealed record Declarant(string PolicySlug, bool Designated, bool TopOfficial, DepartmentRules? Department)
{
    public static async Task<Declarant> LoadAsync(LoketDbContext db, Guid employeeId, CancellationToken cancellationToken = default)
    {
        var facts = await db.Employees.Where(e => e.Id == employeeId)
            .Select(e => new
            {
                PolicySlug = db.Tenants.Where(t => t.Id == e.TenantId).Select(t => t.PolicySlug).First(),
                Designated = (bool?)e.JobFunction!.DesignatedForFinancialInterests ?? false,
                Top = (bool?)e.JobFunction!.TopOfficial ?? false,
                e.OrgUnitId,
            })
            .FirstAsync(cancellationToken);
        return new Declarant(facts.PolicySlug, facts.Designated, facts.Top, await DepartmentGiftRule.ForUnitAsync(db, facts.OrgUnitId, cancellationToken));
    }
}
