using Loket.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

/// <summary>
/// Keeps SQLite's planner statistics (sqlite_stat1) true. Without statistics SQLite guesses that "this municipality,
/// this type" is a few rows, and read a municipality's whole gift register (16,000 index entries at 2 million
/// declarations) to find one person's five gifts or a page's 50 rows by id (bench/results.md). PostgreSQL keeps its
/// own (autovacuum).
/// </summary>
/// <remarks>
/// Every table with rows is analysed in full when it has no statistics yet or has halved or doubled since its last
/// analysis. Not with <c>PRAGMA optimize</c> or a sampling <c>analysis_limit</c>: a limited ANALYZE reads only the
/// first rows of each index, and since every index of ours starts with the municipality, those rows are all one
/// municipality's. The statistics then said "one municipality's gifts: 401 rows" of a register that holds 16,000,
/// and SQLite walked those 16,000 for a page's 50 rows by id. A full ANALYZE of 2 million declarations takes about
/// 3 seconds, once per doubling.
/// </remarks>
internal sealed class SqliteStatistics(LoketDbContext db) : IScheduledJob
{
    /// <summary>A table is analysed again when it holds this many times more, or fewer, rows than at its last analysis.</summary>
    private const double Drift = 2;

    public string Name => "planner-statistics";

    public Task RunAsync(CancellationToken cancellationToken) => RefreshAsync(db, cancellationToken);

    /// <summary>On start, after the migrations, and then with the other jobs.</summary>
    public static async Task RefreshAsync(LoketDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        foreach (var table in await StaleAsync(db, cancellationToken))
        {
            // The table's name comes from sqlite_schema, not from a user; it cannot be a parameter of ANALYZE.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"""
                PRAGMA analysis_limit=0;
                ANALYZE "{table.Replace("\"", "\"\"", StringComparison.Ordinal)}";
                """, cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>
    /// The tables whose statistics are missing or out of date. Never an empty table (a new installation, or the bench's
    /// generator right after migrating): statistics taken of empty tables made every later insert slower as the tables
    /// grew (200,000 generated declarations: 57 s instead of 15). Not the text index's own tables: FTS5 reads them with
    /// its own statements.
    /// </summary>
    private static async Task<List<string>> StaleAsync(LoketDbContext db, CancellationToken cancellationToken)
    {
        var tables = await db.Database.SqlQueryRaw<string>("""
            SELECT "name" AS "Value" FROM sqlite_schema
            WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE 'DeclarationSearch%'
            """).ToListAsync(cancellationToken);
        var analysed = await AnalysedRowsAsync(db, cancellationToken);
        var stale = new List<string>();
        foreach (var table in tables)
        {
#pragma warning disable EF1002
            var rows = await db.Database.SqlQueryRaw<long>($"""SELECT COUNT(*) AS "Value" FROM "{table.Replace("\"", "\"\"", StringComparison.Ordinal)}" """)
                .SingleAsync(cancellationToken);
#pragma warning restore EF1002
            if (rows > 0 && (!analysed.TryGetValue(table, out var then) || rows >= then * Drift || rows * Drift <= then))
            {
                stale.Add(table);
            }
        }

        return stale;
    }

    /// <summary>How many rows each table had when it was last analysed: the first number of its statistics.</summary>
    private static async Task<Dictionary<string, long>> AnalysedRowsAsync(LoketDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM sqlite_schema WHERE "type" = 'table' AND "name" = 'sqlite_stat1'""")
            .SingleAsync(cancellationToken) > 0;
        if (!exists)
        {
            return [];
        }

        // "Declarations 2000000 40000 1", "Tenants 50": a table's name has no space.
        var stats = await db.Database.SqlQueryRaw<string>("""SELECT "tbl" || ' ' || "stat" AS "Value" FROM sqlite_stat1""").ToListAsync(cancellationToken);
        return stats
            .Select(s => s.Split(' '))
            .Select(parts => (Table: parts[0], Rows: long.TryParse(parts[1], out var rows) ? rows : 0))
            .GroupBy(s => s.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(s => s.Rows), StringComparer.Ordinal);
    }
}
