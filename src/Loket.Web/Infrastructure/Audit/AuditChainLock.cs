using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Audit;

/// <summary>
/// The chain has one tail, so appends are serialised: within a node by a semaphore, across nodes
/// by a PostgreSQL transaction-scoped advisory lock (SQLite has a single writer anyway).
/// </summary>
internal static class AuditChainLock
{
    private const long AdvisoryLockKey = 0x4C4F4B4554; // "LOKET"

    public static SemaphoreSlim Local { get; } = new(1, 1);

    public static async Task AcquireAsync(LoketDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }
    }
}
