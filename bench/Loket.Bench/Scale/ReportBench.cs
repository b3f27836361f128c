using System.Diagnostics;
using Loket.Web;
using Loket.Web.AnnualReport;
using Loket.Web.AnnualReport.Suppression;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Loket.Bench.Scale;

/// <summary>
/// `report`: the annual report of the largest generated municipality (issue 18.6: 4,000 employees, four years,
/// about 40,000 declarations, plus cases and contacts), timed in the same run against a plain
/// <c>COUNT(*) … GROUP BY</c> over the same rows. Each run uses a fresh scope, as a request would. On PostgreSQL
/// the report is timed a second time with generic plans forced, so a prepared statement cannot hide a slow plan.
/// Counting and suppression are also timed apart; BENCH_SQL=1 logs every command with its time.
/// </summary>
internal static class ReportBench
{
    private const int Runs = 15;

    /// <summary>
    /// Runs before the timed ones: connections, the model and the plans, and enough calls for the JIT's tiers to settle (a
    /// method is recompiled optimised after 30 calls), so the figures are a running server's, not a cold start's.
    /// </summary>
    private const int WarmUp = 40;

    public static async Task<int> RunAsync(ScaleOptions options)
    {
        await PlannerStatisticsAsync(options);
        var (tenant, year, declarations) = await LargestAsync(options);
        Console.WriteLine($"report of {declarations:N0} declarations' municipality, {year} with the two years before it");
        var report = await TimeAsync(options, (s, ct) => s.GetRequiredService<AnnualReportBuilder>().MunicipalityAsync(tenant, year, ct));
        var baseline = await TimeAsync(options, (s, ct) => PlainCountsAsync(s.GetRequiredService<LoketDbContext>(), tenant, year, ct));
        var deskId = await DeskAsync(options, tenant);
        var counting = await TimeAsync(options, (s, ct) => s.GetRequiredService<AnnualReportBuilder>().CountSetAsync(deskId, year, ct));
        var (_, counted, k) = await CountOnceAsync(options, deskId, year);
        var suppression = await TimeAsync(options, (_, _) => Task.FromResult(Disclosure.Publish(counted, k)));
        var ratio = report.Median / baseline.Median;
        Console.WriteLine($"| {options.Provider} | of which counting | {counting.Median:F1} ms (min {counting.Min:F1}) |");
        Console.WriteLine($"| {options.Provider} | of which suppression ({counted.Count} document(s), {counted.Sum(c => c.Tables.Sum(t => t.Rows.Count))} rows) | {suppression.Median:F1} ms (min {suppression.Min:F1}) |");
        Console.WriteLine($"| {options.Provider} | annual report | {report.Median:F1} ms (min {report.Min:F1}) |");
        Console.WriteLine($"| {options.Provider} | plain COUNT(*) … GROUP BY, same rows | {baseline.Median:F1} ms (min {baseline.Min:F1}) |");
        Console.WriteLine($"- report {report.Median:F1} ms (target < 1,000 ms: {(report.Median < 1000 ? "met" : "NOT met")}); ratio {ratio:F2}× (target ≤ 3×: {(ratio <= 3 ? "met" : "NOT met")})");
        if (options.IsPostgres)
        {
            var generic = options with { Connection = options.Connection.TrimEnd(';') + ";Options=-c plan_cache_mode=force_generic_plan" };
            var forced = await TimeAsync(generic, (s, ct) => s.GetRequiredService<AnnualReportBuilder>().MunicipalityAsync(tenant, year, ct));
            Console.WriteLine($"- report with generic plans forced: {forced.Median:F1} ms (min {forced.Min:F1}; target < 1,000 ms: {(forced.Median < 1000 ? "met" : "NOT met")})");
        }

        return 0;
    }

    /// <summary>
    /// SQLite's statistics as the app takes them when it starts (Infrastructure/Database/SqliteStatistics): run before the
    /// load run, whose submits would add tens of thousands of declarations to a few municipalities.
    /// </summary>
    private static async Task PlannerStatisticsAsync(ScaleOptions options)
    {
        await using var services = Services(options);
        await using var scope = services.CreateAsyncScope();
        await SqliteStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<LoketDbContext>(), CancellationToken.None);
    }

    private static async Task<(Guid Tenant, int Year, int Declarations)> LargestAsync(ScaleOptions options)
    {
        await using var services = Services(options);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        var largest = await db.Declarations.IgnoreQueryFilters().GroupBy(d => d.TenantId)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
        return (largest.Key, TimeProvider.System.GetUtcNow().Year, largest.Count);
    }

    private static async Task<Guid> DeskAsync(ScaleOptions options, Guid tenant)
    {
        await using var services = Services(options);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LoketDbContext>().Tenants.IgnoreQueryFilters().Where(t => t.Id == tenant).Select(t => t.DeskId).SingleAsync();
    }

    private static async Task<(List<Loket.Web.Tenants.Tenant>, List<CountedReport>, int)> CountOnceAsync(ScaleOptions options, Guid deskId, int year)
    {
        await using var services = Services(options);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().CountSetAsync(deskId, year, CancellationToken.None);
    }

    /// <summary>
    /// The floor: one grouped count of each table the report reads, over the municipality's rows of the report's
    /// three years, nothing else: the declarations, the cases and their police reports and measures, the confidants'
    /// handed figures, the onboarding steps and yearly checks, the staff per function, the functions and the units.
    /// (Until 7 December it counted the declarations, cases and confidants' contacts only; the report reads the
    /// contacts as the confidants handed them, and the other tables too.)
    /// </summary>
    private static async Task<int> PlainCountsAsync(LoketDbContext db, Guid tenant, int year, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(year - 2, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var (first, last) = (new DateOnly(year - 2, 1, 1), new DateOnly(year, 12, 31));
        var groups = 0;
        groups += (await db.Declarations.IgnoreQueryFilters().Where(d => d.TenantId == tenant && d.SubmittedAt >= from && d.SubmittedAt < to)
            .GroupBy(d => new { d.Type, d.Status }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == tenant && r.ReceivedAt >= from && r.ReceivedAt < to)
            .GroupBy(r => new { r.Category, r.Status }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.PoliceReports.IgnoreQueryFilters().Where(p => p.TenantId == tenant && p.FiledOn >= first && p.FiledOn <= last)
            .GroupBy(p => p.FiledOn).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.CaseMeasures.IgnoreQueryFilters().Where(m => m.TenantId == tenant && m.DecidedOn >= first && m.DecidedOn <= last)
            .GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.ContactContributions.IgnoreQueryFilters().Where(c => c.TenantId == tenant && c.Year >= year - 2 && c.Year <= year)
            .GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.Checklists.IgnoreQueryFilters().Where(c => c.TenantId == tenant).SelectMany(c => c.Items).Where(i => i.DoneOn >= first && i.DoneOn <= last)
            .GroupBy(i => i.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.YearlyChecks.IgnoreQueryFilters().Where(c => c.TenantId == tenant && c.Year >= year - 2 && c.Year <= year)
            .GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenant)
            .GroupBy(e => e.JobFunctionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.JobFunctions.IgnoreQueryFilters().Where(f => f.TenantId == tenant)
            .GroupBy(f => f.DesignatedForFinancialInterests).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        groups += (await db.OrgUnits.IgnoreQueryFilters().Where(u => u.TenantId == tenant)
            .GroupBy(u => u.ParentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Count;
        return groups;
    }

    private static async Task<(double Median, double Min)> TimeAsync<T>(ScaleOptions options, Func<IServiceProvider, CancellationToken, Task<T>> work)
    {
        await using var services = Services(options);
        var times = new List<double>();
        for (var i = 0; i < WarmUp + Runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            await work(scope.ServiceProvider, CancellationToken.None);
            if (i >= WarmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[0]);
    }

    private static ServiceProvider Services(ScaleOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(BenchSettings.For(options)).Build();
        // The codes as the generator used them; the web app loads the same from the database at start.
        return new ServiceCollection().AddLogging(b => { if (Environment.GetEnvironmentVariable("BENCH_SQL") is not null) { b.AddSimpleConsole(o => o.SingleLine = true); b.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information); b.SetMinimumLevel(LogLevel.Warning); } }).AddLoketCore(configuration).AddAnnualReport()
            .AddSingleton(new PolicyEngine(BenchPolicies.Load())).BuildServiceProvider();
    }
}
