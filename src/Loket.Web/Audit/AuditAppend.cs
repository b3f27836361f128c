using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Loket.Web.Audit;

/// <summary>
/// Extends the audit trail in the same save as the change (one batch, one transaction), so a change
/// without its audit entry cannot be committed. Every save of <see cref="LoketDbContext"/> passes
/// here; one per context, which also holds the reads and events recorded since its last save.
/// </summary>
internal sealed class AuditAppend(LoketDbContext db, TenantContext tenant, CurrentActor actor, TimeProvider time)
{
    /// <summary>Entries that are not row changes (reads, sign-ins), written with the next save.</summary>
    private readonly List<AuditDraft> queued = [];

    public void Queue(string action, string entity, string entityId, string summary, Guid? tenantId) =>
        queued.Add(new AuditDraft(action, entity, entityId, summary, tenantId ?? tenant.TenantId));

    /// <summary>Runs <paramref name="save"/> with an entry for every tracked change and every queued record.</summary>
    public async Task<int> SaveAsync(Func<Task<int>> save, CancellationToken cancellationToken)
    {
        var drafts = AuditDrafts.ForChanges(db.ChangeTracker, tenant.TenantId).Concat(queued).ToList();
        queued.Clear();
        if (drafts.Count == 0)
        {
            return await save();
        }

        // Gates in one order, so two saves that touch the same chains cannot deadlock.
        var database = db.Database.GetConnectionString() ?? string.Empty;
        var singleWriter = !db.OnPostgres;
        var tails = drafts.Select(d => AuditChain.Of(d.TenantId)).Distinct().Order().Select(chain => AuditChain.For(database, chain, singleWriter)).ToList();
        var gates = new List<SemaphoreSlim>();
        try
        {
            foreach (var gate in tails.Select(t => t.Gate).Distinct())
            {
                await gate.WaitAsync(cancellationToken);
                gates.Add(gate);
            }

            for (var attempt = 1; ; attempt++)
            {
                var entries = await AppendAsync(drafts, tails, cancellationToken);
                try
                {
                    var written = await save();
                    foreach (var tail in tails)
                    {
                        var last = entries.Last(e => e.Chain == tail.Chain);
                        (tail.Sequence, tail.Hash, tail.Known) = (last.Sequence, last.Hash, true);
                    }

                    return written;
                }
                catch (Exception exception)
                {
                    // Whatever failed, the next save reads the tails again (the outcome may be unknown) and
                    // builds its own entries: these are not left tracked for a caller who saves again.
                    tails.ForEach(t => t.Known = false);
                    entries.ForEach(e => db.Entry(e).State = EntityState.Detached);
                    // Another process appended first: nothing of this save was written, so it is built
                    // again on the real tail. Inside a caller's transaction that transaction is lost.
                    if (exception is not DbUpdateException update || !AuditChain.IsCollision(update) || db.Database.CurrentTransaction is not null || attempt == 5)
                    {
                        throw;
                    }
                }
            }
        }
        finally
        {
            gates.ForEach(g => g.Release());
        }
    }

    /// <summary>Adds the entries for <paramref name="drafts"/> after each chain's tail; the tails change only when the save succeeds.</summary>
    private async Task<List<AuditEntry>> AppendAsync(List<AuditDraft> drafts, List<AuditChain.Tail> tails, CancellationToken cancellationToken)
    {
        // Whole microseconds: what PostgreSQL's timestamptz keeps, so the hash survives the round trip.
        var utcNow = time.GetUtcNow();
        var now = new DateTimeOffset(utcNow.UtcTicks - (utcNow.UtcTicks % 10), TimeSpan.Zero);
        var entries = new List<AuditEntry>(drafts.Count);
        byte[]? chainKey = null;
        foreach (var tail in tails)
        {
            if (!tail.Known)
            {
                var last = await db.AuditEntries.AsNoTracking().Where(a => a.Chain == tail.Chain).OrderByDescending(a => a.Sequence)
                    .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
                (tail.Sequence, tail.Hash, tail.Known) = (last?.Sequence ?? 0, last?.Hash ?? AuditHash.Genesis, true);
            }

            var (sequence, previous) = (tail.Sequence, tail.Hash);
            foreach (var draft in drafts.Where(d => AuditChain.Of(d.TenantId) == tail.Chain))
            {
                var entry = new AuditEntry
                {
                    Chain = tail.Chain,
                    Sequence = ++sequence,
                    At = now,
                    TenantId = draft.TenantId,
                    ActorUserId = actor.UserId,
                    ActorName = actor.Name,
                    Action = draft.Action,
                    Entity = draft.Entity,
                    EntityId = draft.EntityId,
                    Summary = draft.Summary,
                    PreviousHash = previous,
                    Hash = string.Empty,
                };
                entry.Hash = AuditHash.Compute(entry, chainKey ??= db.GetService<KeyRing>().DeriveKey(AuditHash.KeyPurpose));
                previous = entry.Hash;
                entries.Add(entry);
            }
        }

        db.AuditEntries.AddRange(entries);
        return entries;
    }
}
