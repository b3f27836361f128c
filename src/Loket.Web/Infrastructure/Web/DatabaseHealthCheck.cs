using Loket.Web.Infrastructure.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loket.Web.Infrastructure.Web;

/// <summary>/health: healthy when the database answers. Says nothing else, so it can stay public.</summary>
internal sealed class DatabaseHealthCheck(LoketDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database bereikbaar")
            : HealthCheckResult.Unhealthy("database niet bereikbaar");
}
