using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Audit;

/// <summary>
/// Walks a chain in order and recomputes every hash. An edited row fails its own hash; a deleted row
/// leaves a gap in the sequence or a broken link to its successor; a row moved to another
/// municipality's chain names the wrong municipality.
/// </summary>
public sealed class AuditVerifier(LoketDbContext db)
{
    /// <summary>
    /// Checks one municipality's chain and the installation's (which holds its sign-ins and its entries
    /// from before the split), or with no tenant every chain of the installation.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        var chains = tenantId is { } only
            ? [AuditChain.Installation, only]
            : await db.AuditEntries.IgnoreQueryFilters().Select(a => a.Chain).Distinct().ToListAsync(cancellationToken);
        var names = await db.Tenants.IgnoreQueryFilters().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        long count = 0;
        var tails = new List<string>();
        foreach (var chain in chains.Order())
        {
            var name = chain == AuditChain.Installation ? "de installatie" : names.GetValueOrDefault(chain, chain.ToString());
            var result = await VerifyChainAsync(chain, name, cancellationToken);
            if (!result.IsIntact)
            {
                return result with { EntriesChecked = count + result.EntriesChecked };
            }

            count += result.EntriesChecked;
            tails.Add($"{name}: {result.EntriesChecked} regels, laatste hash {result.LastHash}");
        }

        // The last hash of every chain, to keep outside the database: it shows whether a tail was cut.
        return new AuditVerification(true, count, null, $"OK: {count} regels in {tails.Count} {(tails.Count == 1 ? "keten" : "ketens")} gecontroleerd; {string.Join("; ", tails)}");
    }

    private async Task<AuditVerification> VerifyChainAsync(Guid chain, string name, CancellationToken cancellationToken)
    {
        long expectedSequence = 1;
        var previous = AuditHash.Genesis;
        long count = 0;
        // Streamed in sequence order so millions of entries need no memory.
        await foreach (var entry in db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.Chain == chain).OrderBy(a => a.Sequence)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {expectedSequence} van {name} ontbreekt (volgende gevonden regel: {entry.Sequence})");
            }

            if (entry.PreviousHash != previous)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} sluit niet aan op de vorige regel");
            }

            if (AuditHash.Compute(entry) != entry.Hash)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} is gewijzigd na het vastleggen");
            }

            // The installation chain holds the entries of before the split, of every municipality.
            if (chain != AuditChain.Installation && entry.TenantId != chain)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} hoort bij een andere gemeente");
            }

            previous = entry.Hash;
            expectedSequence++;
            count++;
        }

        return AuditVerification.Intact(count, previous);
    }
}

public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? BrokenAt, string Message, string? LastHash = null)
{
    public static AuditVerification Intact(long count, string lastHash) =>
        new(true, count, null, $"OK: {count} regels gecontroleerd, laatste hash {lastHash}", lastHash);

    public static AuditVerification Broken(long checkedBefore, long at, string reason) =>
        new(false, checkedBefore, at, $"BREUK: {reason}");
}
