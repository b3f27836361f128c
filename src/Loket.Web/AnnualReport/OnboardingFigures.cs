using Loket.Web.Infrastructure.Database;
using Loket.Web.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// Onboarding as recorded on the checklists (issue 19): each step counts in the year it was done (an oath
/// taken on 30 December counts in that year even if HR records it in January), and the yearly check in the
/// year it confirms. Grouped by the database; no person is read.
/// </summary>
internal sealed record OnboardingFigures(Tally<ItemKind> Done, long[] YearlyChecks)
{
    public static async Task<OnboardingFigures> CountAsync(LoketDbContext db, IReadOnlyCollection<Guid> tenants, ReportYears years, CancellationToken cancellationToken)
    {
        var (first, last, day1, day2) = (years.FirstDay(0), years.LastDay(ReportYears.Count - 1), years.FirstDay(1), years.FirstDay(2));
        var (oldest, newest) = (years.Years[0], years.Year);
        var done = await db.Checklists.IgnoreQueryFilters().Where(c => tenants.Contains(c.TenantId)).SelectMany(c => c.Items)
            .Where(i => i.DoneOn >= first && i.DoneOn <= last)
            .GroupBy(i => new { Year = i.DoneOn < day1 ? 0 : i.DoneOn < day2 ? 1 : 2, i.Kind })
            .Select(g => new { g.Key.Year, g.Key.Kind, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var checks = await db.YearlyChecks.IgnoreQueryFilters().Where(c => tenants.Contains(c.TenantId) && c.Year >= oldest && c.Year <= newest)
            .GroupBy(c => c.Year).Select(g => new { Year = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var tally = new Tally<ItemKind>();
        foreach (var row in done)
        {
            tally.Add(row.Kind, row.Year, row.Count);
        }

        return new(tally, Make.Years(y => checks.Where(c => c.Year == years.Years[y]).Sum(c => c.Count)));
    }
}
