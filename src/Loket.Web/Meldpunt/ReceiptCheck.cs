using System.Security.Cryptography;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt;

/// <summary>
/// Opens a report by its receipt code. Every attempt costs one slow hash and one indexed look-up,
/// also for malformed or unknown codes, so right and wrong codes take the same time. A failure
/// counts against every code sharing the first four digits; five failures lock them for an hour.
/// Counters are updated in place (ExecuteUpdate): they are not content and need no tenant scope.
/// </summary>
public sealed class ReceiptCheck(LoketDbContext db, ReceiptCodes codes, TimeProvider time)
{
    public async Task<Report?> OpenAsync(string? typed, CancellationToken cancellationToken = default)
    {
        var code = ReceiptCodes.Normalize(typed);
        var candidate = code ?? "0000000000000000";
        var hash = codes.Hash(candidate);
        var now = time.GetUtcNow();
        var report = await db.Reports.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ReceiptHash == hash).Select(r => new { r.Id, r.ReceiptHash, r.ReceiptLockedUntil }).FirstOrDefaultAsync(cancellationToken);
        if (code is not null && report is not null && CryptographicOperations.FixedTimeEquals(report.ReceiptHash, hash))
        {
            if (report.ReceiptLockedUntil is { } until && until > now)
            {
                return null;
            }

            await db.Reports.IgnoreQueryFilters().Where(r => r.Id == report.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptFailures, 0), cancellationToken);
            return await db.Reports.IgnoreQueryFilters().FirstAsync(r => r.Id == report.Id, cancellationToken);
        }

        var prefix = codes.Prefix(candidate);
        var bucket = db.Reports.IgnoreQueryFilters().Where(r => r.ReceiptPrefix == prefix);
        await bucket.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptFailures, r => r.ReceiptFailures + 1), cancellationToken);
        await bucket.Where(r => r.ReceiptFailures >= ReceiptCodes.MaxFailures)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptLockedUntil, now + ReceiptCodes.LockTime).SetProperty(r => r.ReceiptFailures, 0), cancellationToken);
        return null;
    }
}
