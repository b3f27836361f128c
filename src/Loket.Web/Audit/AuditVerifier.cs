using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Audit;

/// <summary>
/// Walks a chain in order and recomputes every keyed hash. An edited row fails its own hash (and
/// without the key file it cannot be recomputed); a deleted row leaves a gap in the sequence or a
/// broken link to its successor; a row moved to another municipality's chain names the wrong
/// municipality; a cut-off end is shorter than, or differs from, the last anchor outside the
/// database. Every intact verification appends the heads it checked to the anchor file.
/// </summary>
public sealed class AuditVerifier(LoketDbContext db, KeyRing ring, AuditAnchors anchors, TimeProvider time)
{
    /// <summary>
    /// Checks one municipality's chain and the installation's (which holds its sign-ins before a
    /// municipality is chosen), or with no tenant every chain of the installation and every anchored one.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        var anchored = anchors.Last();
        var chains = tenantId is { } only
            ? [AuditChain.Installation, only]
            : (await db.AuditEntries.IgnoreQueryFilters().Select(a => a.Chain).Distinct().ToListAsync(cancellationToken)).Union(anchored.Keys).ToList();
        var names = await db.Tenants.IgnoreQueryFilters().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var key = ring.DeriveKey(AuditHash.KeyPurpose);
        long count = 0;
        var tails = new List<string>();
        var heads = new List<AuditAnchors.Anchor>();
        foreach (var chain in chains.Order())
        {
            var name = chain == AuditChain.Installation ? "de installatie" : names.GetValueOrDefault(chain, chain.ToString());
            var result = await VerifyChainAsync(chain, name, names, key, anchored.GetValueOrDefault(chain), cancellationToken);
            if (!result.IsIntact)
            {
                return result with { EntriesChecked = count + result.EntriesChecked };
            }

            count += result.EntriesChecked;
            tails.Add($"{name}: {result.EntriesChecked} regels, laatste hash {result.LastHash}");
            if (result.EntriesChecked > 0)
            {
                heads.Add(new AuditAnchors.Anchor(time.GetUtcNow(), chain, result.EntriesChecked, result.LastHash!));
            }
        }

        var message = $"OK: {count} regels in {tails.Count} {(tails.Count == 1 ? "keten" : "ketens")} gecontroleerd; {string.Join("; ", tails)}";
        try
        {
            anchors.Append(heads);
            return new AuditVerification(true, count, null, message, AnchorWritten: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new AuditVerification(true, count, null, $"{message}. LET OP: het anker is niet geschreven naar {anchors.Path} ({e.Message})");
        }
    }

    private async Task<AuditVerification> VerifyChainAsync(
        Guid chain, string name, Dictionary<Guid, string> names, byte[] key, AuditAnchors.Anchor? anchor, CancellationToken cancellationToken)
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

            // Every entry was written keyed: one in another format is a row someone made without the key file.
            if (entry.HashVersion != AuditHash.Keyed)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} heeft geen gesleutelde hash");
            }

            if (AuditHash.Compute(entry, key) != entry.Hash)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} is gewijzigd na het vastleggen");
            }

            // A municipality's entries are in its own chain; the installation's chain holds only what belongs to none.
            if (entry.TenantId != (chain == AuditChain.Installation ? null : chain))
            {
                var owner = entry.TenantId is { } tenant ? names.GetValueOrDefault(tenant, tenant.ToString()) : "de installatie";
                var wrong = chain == AuditChain.Installation ? $"hoort bij {owner}" : "hoort bij een andere gemeente";
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} {wrong}");
            }

            if (anchor is not null && entry.Sequence == anchor.Sequence && entry.Hash != anchor.Hash)
            {
                return AuditVerification.Broken(count, entry.Sequence, $"regel {entry.Sequence} van {name} wijkt af van het anker van {Dutch(anchor.At)} buiten de database");
            }

            previous = entry.Hash;
            expectedSequence++;
            count++;
        }

        if (anchor is not null && count < anchor.Sequence)
        {
            return AuditVerification.Broken(count, count + 1, $"de keten van {name} eindigt bij regel {count}, maar het anker van {Dutch(anchor.At)} buiten de database noemt regel {anchor.Sequence}: het einde is afgeknipt");
        }

        return AuditVerification.Intact(count, previous);
    }

    private static string Dutch(DateTimeOffset at) => DutchTime.DateTime(at);
}

public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? BrokenAt, string Message, string? LastHash = null, bool AnchorWritten = false)
{
    public static AuditVerification Intact(long count, string lastHash) =>
        new(true, count, null, $"OK: {count} regels gecontroleerd, laatste hash {lastHash}", lastHash);

    public static AuditVerification Broken(long checkedBefore, long at, string reason) =>
        new(false, checkedBefore, at, $"BREUK: {reason}");
}
