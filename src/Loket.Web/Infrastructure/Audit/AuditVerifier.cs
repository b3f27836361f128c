using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Audit;

/// <summary>
/// Walks the whole chain in order and recomputes every hash. An edited row fails its own hash; a
/// deleted row leaves a gap in the sequence or a broken link to its successor.
/// </summary>
public sealed class AuditVerifier(LoketDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expectedSequence = 1;
        var previous = AuditHash.Genesis;
        long count = 0;
        // Streamed in sequence order so millions of entries need no memory.
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {expectedSequence} ontbreekt (volgende gevonden regel: {entry.Sequence})");
            }

            if (entry.PreviousHash != previous)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} sluit niet aan op de vorige regel");
            }

            if (AuditHash.Compute(entry) != entry.Hash)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} is gewijzigd na het vastleggen");
            }

            previous = entry.Hash;
            expectedSequence++;
            count++;
        }

        return AuditVerification.Intact(count, previous);
    }
}

public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? BrokenAt, string Message)
{
    public static AuditVerification Intact(long count, string lastHash) =>
        new(true, count, null, $"OK: {count} regels gecontroleerd, laatste hash {lastHash}");

    public static AuditVerification Broken(long checkedBefore, long at, string reason) =>
        new(false, checkedBefore, at, $"BREUK: {reason}");
}
