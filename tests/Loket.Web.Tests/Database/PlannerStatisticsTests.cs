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

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "planner-statistics").RunAsync(CancellationToken.None);
        }

        var indexes = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("""SELECT "idx" AS "Value" FROM sqlite_stat1 WHERE "tbl" = 'Declarations'""").ToListAsync());
        Assert.Contains("IX_Declarations_Register", indexes);
        Assert.Contains("IX_Declarations_TenantId_EmployeeId", indexes);
    }
}
