using System.Security.Cryptography;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>What a typed code opened: a report, or nothing; for a handover code already exchanged, when.</summary>
public sealed record ReceiptOpening(Report? Report, DateTimeOffset? HandoverSpentAt);

/// <summary>
/// Opens a report by its receipt code. Every attempt costs one slow hash and the same indexed look-ups,
/// also for malformed or unknown codes, so right and wrong codes take the same time and a wrong code
/// tells nothing about any other. Nothing is counted against a code: the rate limits are per client
/// and global (<see cref="ReceiptAttempts"/>), so nobody can lock someone else out of their case.
/// </summary>
public sealed class ReceiptCheck(LoketDbContext db, ReceiptCodes codes, TimeProvider time)
{
    public async Task<ReceiptOpening> OpenAsync(string? typed, CancellationToken cancellationToken = default)
    {
        var code = ReceiptCodes.Normalize(typed);
        var hash = codes.Hash(code ?? "0000000000000000");
        var report = await db.Reports.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.ReceiptHash == hash, cancellationToken);
        var spent = await db.Reports.IgnoreQueryFilters().Where(r => r.SpentHandoverHash == hash)
            .Select(r => r.HandoverExchangedAt).FirstOrDefaultAsync(cancellationToken);
        if (code is not null && report?.ReceiptHash is { } stored && CryptographicOperations.FixedTimeEquals(stored, hash))
        {
            return new(report, null);
        }

        return new(null, code is null ? null : spent);
    }

    /// <summary>
    /// Replaces a handover code (seen by staff) with a new code that only the reporter sees, and returns
    /// it to be shown once. The handover code stops working; using it again says when it was exchanged,
    /// so a reporter whose code someone else used first finds out. Nothing is saved here.
    /// </summary>
    public string ExchangeHandover(Report report)
    {
        var fresh = ReceiptCodes.Generate();
        report.ExchangeHandover(codes.Hash(fresh), time.GetUtcNow());
        return fresh;
    }
}
