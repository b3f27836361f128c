using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Database;

// SQLite plans the register's lookups by id and by person well only with statistics (bench/results.md):
// the app keeps them itself, on start and with the scheduled jobs.
public sealed class PlannerStatisticsTests
{
    [Theory, OnSqlite]
    public async Task The_jobs_keep_sqlites_planner_statistics_of_the_declarations(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        // SQLite makes sqlite_stat1 on the first analysis: whether an earlier test caused one depends on the order.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS sqlite_stat1"));

        await RunJobAsync(app);

        var indexes = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("""SELECT "idx" AS "Value" FROM sqlite_stat1 WHERE "tbl" = 'Declarations'""").ToListAsync());
        Assert.Contains("IX_Declarations_Register", indexes);
        Assert.Contains("IX_Declarations_TenantId_EmployeeId", indexes);
    }

    // A sampling ANALYZE (PRAGMA optimize, analysis_limit) reads the first rows of an index only. Our indexes start with
    // the municipality, so those rows were all one municipality's, and the statistics said a municipality has a few
    // hundred gifts where it had 16,000: SQLite then walked them all for a page's 50 rows by id. Here three
    // municipalities of 1,500 rows each, in a table like ours, must be counted as 1,500 each, and counted again once
    // the table has doubled.
    [Theory, OnSqlite]
    public async Task The_statistics_count_every_municipality_not_the_first_rows_and_follow_a_doubling(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
            DROP TABLE IF EXISTS "StatisticsProbe";
            CREATE TABLE "StatisticsProbe" ("Id" INTEGER PRIMARY KEY, "TenantId" TEXT NOT NULL, "Type" TEXT NOT NULL);
            CREATE INDEX "IX_StatisticsProbe_TenantId_Type" ON "StatisticsProbe" ("TenantId", "Type");
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4499)
            INSERT INTO "StatisticsProbe" ("TenantId", "Type") SELECT 'tenant-' || (i / 1500), 'type-' || (i % 5) FROM n;
            """));
        try
        {
            await RunJobAsync(app);
            Assert.Equal("4500 1500 300", await StatAsync(app));

            // Nothing changed much: the job leaves the statistics alone (a full ANALYZE of 2 million rows takes seconds).
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE sqlite_stat1 SET "stat" = '4500 1500 301' WHERE "tbl" = 'StatisticsProbe'"""));
            await RunJobAsync(app);
            Assert.Equal("4500 1500 301", await StatAsync(app));

            // Doubled by a fourth, larger municipality: counted again, in full.
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4499)
                INSERT INTO "StatisticsProbe" ("TenantId", "Type") SELECT 'tenant-big', 'type-' || (i % 5) FROM n;
                """));
            await RunJobAsync(app);
            Assert.Equal("9000 2250 450", await StatAsync(app));
        }
        finally
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TABLE "StatisticsProbe" """));
        }
    }

    private static async Task RunJobAsync(LoketApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "planner-statistics").RunAsync(CancellationToken.None);
    }

    private static Task<string> StatAsync(LoketApp app) => app.WithDbAsync(db => db.Database
        .SqlQueryRaw<string>("""SELECT "stat" AS "Value" FROM sqlite_stat1 WHERE "idx" = 'IX_StatisticsProbe_TenantId_Type'""").SingleAsync());
}
