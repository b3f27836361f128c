using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>The confidants' figures in the report: the sum of the contributions handed over for each year, never the live register.</summary>
internal static class ContactContributions
{
    public static async Task<(ContactCounts Counts, string Missing)> CountAsync(LoketDbContext db, IReadOnlyCollection<Guid> tenants, ReportYears years, CancellationToken cancellationToken)
    {
        var (first, last) = (years.Years[0], years.Years[^1]);
        var handed = await db.ContactContributions.IgnoreQueryFilters().AsNoTracking()
            .Where(c => tenants.Contains(c.TenantId) && c.Year >= first && c.Year <= last).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var counts = ContactCounts.Empty();
        foreach (var contribution in handed)
        {
            contribution.AddTo(counts, contribution.Year - first);
        }

        var without = years.Years.Where(y => handed.All(c => c.Year != y)).ToList();
        var missing = without.Count == 0 ? ""
            : $"Over {string.Join(" en ", without)} zijn (nog) geen cijfers overgedragen; daar staan nullen.";
        return (counts, missing);
    }
}
