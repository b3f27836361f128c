using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// The registers' figures (instruments.md 1.4 I), counted by the database: every query groups the
/// municipality's declarations of the three years into a few dozen rows, so a municipality with 40,000
/// declarations sends back counts, not declarations. A declaration counts in the year it was submitted,
/// with the decision it had at that year's end (<see cref="ReportYears"/>).
/// </summary>
internal sealed class RegisterFigures
{
    public required Tally<(DeclarationType Type, DeclarationStatus Status)> ByDecision { get; init; }

    public required Tally<GiftDestination?> GiftDestinations { get; init; }

    public required long[] SideActivitiesEnded { get; init; }

    public required long[] SideActivitiesPublished { get; init; }

    public required long[] InterestsOfDesignated { get; init; }

    public required long[] InterestsOfOthers { get; init; }

    public required long[] DesignatedFunctions { get; init; }

    public required long[] Employees { get; init; }

    public required long[] EmployeesDesignated { get; init; }

    public long[] Declared(DeclarationType type) => Make.Years(y => Enum.GetValues<DeclarationStatus>().Sum(s => ByDecision.Of((type, s))[y]));

    public static async Task<RegisterFigures> CountAsync(LoketDbContext db, IReadOnlyCollection<Guid> tenants, ReportYears years, CancellationToken cancellationToken)
    {
        var (from, to, b1, b2) = (years.From, years.To, years.Start(1), years.Start(2));
        var (at0, at1, at2) = (years.AsAt(0), years.AsAt(1), years.AsAt(2));
        var declarations = db.Declarations.IgnoreQueryFilters().Where(d => tenants.Contains(d.TenantId));
        // Grouped by what is counted, with each year and "decided by that year's end" as a conditional count: SQLite sorts
        // the rows once by three keys instead of by five computed ones (bench/results.md, annual report).
        var decided = await declarations.Where(d => d.SubmittedAt >= from && d.SubmittedAt < to)
            .GroupBy(d => new { d.Type, d.Status, d.GiftDestination })
            .Select(g => new
            {
                g.Key,
                In0 = g.LongCount(d => d.SubmittedAt < b1),
                In1 = g.LongCount(d => d.SubmittedAt >= b1 && d.SubmittedAt < b2),
                In2 = g.LongCount(d => d.SubmittedAt >= b2),
                Decided0 = g.LongCount(d => d.SubmittedAt < b1 && d.DecidedAt < at0),
                Decided1 = g.LongCount(d => d.SubmittedAt >= b1 && d.SubmittedAt < b2 && d.DecidedAt < at1),
                Decided2 = g.LongCount(d => d.SubmittedAt >= b2 && d.DecidedAt < at2),
            })
            .ToListAsync(cancellationToken);
        var (firstDay, lastDay) = (years.FirstDay(0), years.LastDay(ReportYears.Count - 1));
        var (day1, day2) = (years.FirstDay(1), years.FirstDay(2));
        // Side activities ended, with the year-end by which the end was reported, and published: one round trip, each
        // part from its own small partial index.
        var endedAndPublished = await declarations.Where(d => d.Type == DeclarationType.SideActivity && d.EndDate >= firstDay && d.EndDate <= lastDay)
            .GroupBy(d => new
            {
                Year = d.EndDate < day1 ? 0 : d.EndDate < day2 ? 1 : 2,
                ReportedBy = d.EndReportedAt == null ? 3 : d.EndReportedAt < at0 ? 0 : d.EndReportedAt < at1 ? 1 : d.EndReportedAt < at2 ? 2 : 3,
            })
            .Select(g => new { Published = false, g.Key.Year, g.Key.ReportedBy, Count = g.LongCount() })
            .Concat(declarations.Where(d => d.Type == DeclarationType.SideActivity && d.PublishedAt >= from && d.PublishedAt < to)
                .GroupBy(d => d.PublishedAt < b1 ? 0 : d.PublishedAt < b2 ? 1 : 2)
                .Select(g => new { Published = true, Year = g.Key, ReportedBy = 0, Count = g.LongCount() }))
            .ToListAsync(cancellationToken);
        // The employee's municipality too: without it PostgreSQL read every municipality's employees for the join (27 ms → 3 ms).
        var interests = await declarations.Where(d => d.Type == DeclarationType.FinancialInterest && d.SubmittedAt >= from && d.SubmittedAt < to
                && tenants.Contains(d.Employee!.TenantId))
            .GroupBy(d => new { Year = d.SubmittedAt < b1 ? 0 : d.SubmittedAt < b2 ? 1 : 2, d.Employee!.JobFunctionId })
            .Select(g => new { g.Key.Year, g.Key.JobFunctionId, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var designated = (await db.JobFunctions.IgnoreQueryFilters().Where(f => tenants.Contains(f.TenantId) && f.DesignatedForFinancialInterests)
            .Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var (end0, end1, end2) = (years.LastDay(0), years.LastDay(1), years.LastDay(2));
        var staff = await db.Employees.IgnoreQueryFilters().Where(e => tenants.Contains(e.TenantId))
            .GroupBy(e => e.JobFunctionId)
            .Select(g => new
            {
                Function = g.Key,
                In0 = g.LongCount(e => e.StartDate <= end0 && (e.EndDate == null || e.EndDate >= end0)),
                In1 = g.LongCount(e => e.StartDate <= end1 && (e.EndDate == null || e.EndDate >= end1)),
                In2 = g.LongCount(e => e.StartDate <= end2 && (e.EndDate == null || e.EndDate >= end2)),
            }).ToListAsync(cancellationToken);

        var figures = new RegisterFigures
        {
            ByDecision = new(),
            GiftDestinations = new(),
            SideActivitiesEnded = new long[ReportYears.Count],
            SideActivitiesPublished = new long[ReportYears.Count],
            InterestsOfDesignated = new long[ReportYears.Count],
            InterestsOfOthers = new long[ReportYears.Count],
            DesignatedFunctions = Make.Years(_ => designated.Count),
            Employees = [staff.Sum(s => s.In0), staff.Sum(s => s.In1), staff.Sum(s => s.In2)],
            EmployeesDesignated = Make.Years(y => staff.Where(s => s.Function is { } f && designated.Contains(f)).Sum(s => y switch { 0 => s.In0, 1 => s.In1, _ => s.In2 })),
        };
        foreach (var row in decided)
        {
            // As it stood at each year's end: decided by then with its decision, otherwise still waiting.
            foreach (var (year, submitted, decidedBy) in new[] { (0, row.In0, row.Decided0), (1, row.In1, row.Decided1), (2, row.In2, row.Decided2) })
            {
                foreach (var (status, destination, count) in new[] { (row.Key.Status, row.Key.GiftDestination, decidedBy), (DeclarationStatus.Submitted, null, submitted - decidedBy) })
                {
                    if (count == 0)
                    {
                        continue;
                    }

                    figures.ByDecision.Add((row.Key.Type, status), year, count);
                    if (row.Key.Type == DeclarationType.Gift)
                    {
                        figures.GiftDestinations.Add(destination, year, count);
                    }
                }
            }
        }

        foreach (var row in endedAndPublished)
        {
            if (row.Published)
            {
                figures.SideActivitiesPublished[row.Year] += row.Count;
            }
            else if (row.ReportedBy <= row.Year)
            {
                figures.SideActivitiesEnded[row.Year] += row.Count;
            }
        }

        foreach (var row in interests)
        {
            (row.JobFunctionId is { } f && designated.Contains(f) ? figures.InterestsOfDesignated : figures.InterestsOfOthers)[row.Year] += row.Count;
        }

        return figures;
    }
}
