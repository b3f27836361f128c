using Loket.Web.Confidants;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Measures;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>Measures by kind, in the year they were decided, grouped by the database.</summary>
internal static class MeasureFigures
{
    public static async Task<Tally<MeasureKind>> CountAsync(LoketDbContext db, IReadOnlyCollection<Guid> tenants, ReportYears years, CancellationToken cancellationToken)
    {
        var (first, last, day1, day2) = (years.FirstDay(0), years.LastDay(ReportYears.Count - 1), years.FirstDay(1), years.FirstDay(2));
        var rows = await db.CaseMeasures.IgnoreQueryFilters().Where(m => tenants.Contains(m.TenantId) && m.DecidedOn >= first && m.DecidedOn <= last)
            .GroupBy(m => new { Year = m.DecidedOn < day1 ? 0 : m.DecidedOn < day2 ? 1 : 2, m.Kind })
            .Select(g => new { g.Key.Year, g.Key.Kind, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var tally = new Tally<MeasureKind>();
        foreach (var row in rows)
        {
            tally.Add(row.Kind, row.Year, row.Count);
        }

        return tally;
    }
}

/// <summary>The confidants' contacts of a year: by theme, by route and by outcome.</summary>
internal sealed record ContactCounts(Tally<ReportCategory> Themes, Tally<ContactRoute> Routes, Tally<ContactOutcome> Outcomes)
{
    public static ContactCounts Empty() => new(new(), new(), new());

    /// <summary>
    /// Counted by the database from the register; <paramref name="confidant"/> narrows it to one confidant's own
    /// contacts (what that confidant hands over), null counts every confidant of the municipality.
    /// </summary>
    public static async Task<ContactCounts> CountAsync(LoketDbContext db, IReadOnlyCollection<Guid> tenants, Guid? confidant, ReportYears years, CancellationToken cancellationToken)
    {
        var (first, last, day1, day2) = (years.FirstDay(0), years.LastDay(ReportYears.Count - 1), years.FirstDay(1), years.FirstDay(2));
        var rows = await db.ConfidantContacts.IgnoreQueryFilters()
            .Where(c => tenants.Contains(c.TenantId) && c.Date >= first && c.Date <= last && (confidant == null || c.ConfidantUserId == confidant))
            .GroupBy(c => new { Year = c.Date < day1 ? 0 : c.Date < day2 ? 1 : 2, c.Category, c.Route, c.Outcome })
            .Select(g => new { g.Key.Year, g.Key.Category, g.Key.Route, g.Key.Outcome, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var counts = Empty();
        foreach (var row in rows)
        {
            counts.Themes.Add(row.Category, row.Year, row.Count);
            counts.Routes.Add(row.Route, row.Year, row.Count);
            counts.Outcomes.Add(row.Outcome, row.Year, row.Count);
        }

        return counts;
    }
}
