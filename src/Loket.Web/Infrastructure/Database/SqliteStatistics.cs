using Loket.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

/// <summary>
/// Keeps SQLite's planner statistics (sqlite_stat1) current, as SQLite advises for a long-running application:
/// <c>PRAGMA optimize</c> analyses each table that was never analysed or has grown or shrunk a lot since, reading a
/// sample of each index only. Without statistics SQLite guesses that "this municipality, this type" is a few rows,
/// and read a municipality's whole gift register (16,000 index entries at 2 million declarations) to find one
/// person's five gifts or a page's 50 rows by id (bench/results.md). PostgreSQL keeps its own (autovacuum).
/// </summary>
internal sealed class SqliteStatistics(LoketDbContext db) : IScheduledJob
{
    public string Name => "planner-statistics";

    public Task RunAsync(CancellationToken cancellationToken) => RefreshAsync(db, cancellationToken);

    /// <summary>On start, after the migrations, and then with the other jobs.</summary>
    public static async Task RefreshAsync(LoketDbContext db, CancellationToken cancellationToken)
    {
        // Never on an empty register (a new installation, or the bench's generator right after migrating): statistics
        // taken of empty tables made every later insert slower as the tables grew, until the next refresh
        // (200,000 generated declarations: 57 s instead of 15).
        if (db.Database.IsSqlite() && await db.Declarations.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            // PRAGMA optimize judges "needs analysis" by what the connection remembers of the last one, so statistics that
            // are gone (a restored or copied file, a dropped sqlite_stat1) would stay gone on a pooled connection until the
            // table grew 25 times. The declarations' statistics matter most: when they are missing, take them outright.
            if (!await HasDeclarationStatisticsAsync(db, cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync("""
                    PRAGMA analysis_limit=400;
                    ANALYZE "Declarations";
                    PRAGMA analysis_limit=0;
                    """, cancellationToken);
            }

            // 0x10002: analyse the tables that need it, checking every table rather than only those this connection used.
            // The text index's own tables are FTS5's business: it writes them with its own statements.
            await db.Database.ExecuteSqlRawAsync("""
                PRAGMA optimize=0x10002;
                DELETE FROM sqlite_stat1 WHERE "tbl" LIKE 'DeclarationSearch%';
                """, cancellationToken);
        }
    }

    private static async Task<bool> HasDeclarationStatisticsAsync(LoketDbContext db, CancellationToken cancellationToken)
    {
        var tableExists = await db.Database
            .SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM sqlite_schema WHERE "type" = 'table' AND "name" = 'sqlite_stat1'""")
            .SingleAsync(cancellationToken) > 0;
        return tableExists && await db.Database
            .SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM sqlite_stat1 WHERE "tbl" = 'Declarations' AND "idx" IS NOT NULL""")
            .SingleAsync(cancellationToken) > 0;
    }
}
