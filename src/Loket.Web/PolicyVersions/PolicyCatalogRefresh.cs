using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;

namespace Loket.Web.PolicyVersions;

/// <summary>
/// Keeps the engine's catalogue equal to the approved versions in the database without a restart. The node
/// that approves reloads at once; every node also checks every <c>Policies:RefreshSeconds</c> (30 by
/// default, 0 = never) whether the number of approved versions or the last approval changed, one small
/// query, and reloads only then. Because a version starts tomorrow at the earliest, a node that learns of
/// an approval seconds later still judges every declaration of today by the right version.
/// </summary>
public sealed class PolicyCatalogRefresh(IServiceScopeFactory scopes, PolicyEngine engine, TimeProvider time, IConfiguration configuration, ILogger<PolicyCatalogRefresh> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (int Count, DateTimeOffset? Last)? loaded;

    /// <summary>Reads every approved version and swaps the catalogue in one step.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
            var stamp = await PolicyHistory.StampAsync(db, cancellationToken);
            engine.Replace(await PolicyHistory.LoadAsync(db, cancellationToken));
            loaded = stamp;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reloads when another node approved a version since the last load; true when it did.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken = default)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var stamp = await PolicyHistory.StampAsync(scope.ServiceProvider.GetRequiredService<LoketDbContext>(), cancellationToken);
            if (stamp == loaded)
            {
                return false;
            }
        }

        await ReloadAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Policies:RefreshSeconds", 30);
        if (seconds <= 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), time, stoppingToken);
                await RefreshIfChangedAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is PolicyLoadException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The catalogue in memory stays as it was; a version that cannot load never half-loads.
                logger.LogError(e, "De gedragscodes konden niet opnieuw worden geladen; de vorige blijven gelden.");
            }
        }
    }

    public override void Dispose()
    {
        gate.Dispose();
        base.Dispose();
    }
}
