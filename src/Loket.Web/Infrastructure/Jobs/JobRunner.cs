using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> once per interval. On PostgreSQL a session
/// advisory lock lets one node at a time run the jobs, so several app nodes need no extra scheduler.
/// </summary>
internal sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<JobRunner> logger) : BackgroundService
{
    private const long JobsLockKey = 0x4C4F4B4A4F42; // "LOKJOB"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:IntervalSeconds", 300));
        if (interval <= TimeSpan.Zero)
        {
            return; // Jobs:IntervalSeconds=0 switches the runner off (tests run jobs themselves).
        }

        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RunAllOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled jobs failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunAllOnceAsync(CancellationToken cancellationToken)
    {
        await using var lockScope = scopes.CreateAsyncScope();
        var db = lockScope.ServiceProvider.GetRequiredService<LoketDbContext>();
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var acquired = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({JobsLockKey}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!acquired)
            {
                return; // another node is running the jobs right now
            }
        }

        try
        {
            foreach (var name in lockScope.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name).ToList())
            {
                // A scope per job: its own DbContext, tenant and actor.
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, $"taak {name}");
                var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name);
                await job.RunAsync(cancellationToken);
            }
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({JobsLockKey})", cancellationToken);
            }
        }
    }
}
