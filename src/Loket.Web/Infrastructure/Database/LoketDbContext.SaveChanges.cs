using Loket.Web.Identity;
using Loket.Web.Infrastructure.Audit;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Loket.Web.Infrastructure.Database;

// Every write passes here: tenant guard first, then the audit trail is extended in the same
// save (one batch, one transaction), so a change without its audit entry cannot be committed.
public abstract partial class LoketDbContext
{
    /// <summary>Audit entries queued by <see cref="RecordRead"/>, written with the next save.</summary>
    private readonly List<AuditDraft> pendingReads = [];

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        GuardTenants();
        var drafts = DraftsForChanges().Concat(pendingReads).ToList();
        pendingReads.Clear();
        if (drafts.Count == 0)
        {
            ChooseTransaction();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Gates in one order, so two saves that touch the same chains cannot deadlock.
        var database = Database.GetConnectionString() ?? string.Empty;
        var singleWriter = !OnPostgres;
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
                var entries = await AppendAuditAsync(drafts, tails, cancellationToken);
                ChooseTransaction();
                try
                {
                    var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
                    entries.ForEach(e => Entry(e).State = EntityState.Detached);
                    // Another process appended first: nothing of this save was written, so it is built
                    // again on the real tail. Inside a caller's transaction that transaction is lost.
                    if (exception is not DbUpdateException update || !AuditChain.IsCollision(update) || Database.CurrentTransaction is not null || attempt == 5)
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

    /// <summary>
    /// PostgreSQL runs the statements of one batch as one implicit transaction, all or nothing, so a
    /// request's save (a declaration and its audit entry, say) needs no transaction of EF's, which
    /// would cost a COMMIT round trip of its own. Larger saves may take several batches and keep it;
    /// so does SQLite, where EF's transaction is also what takes the write lock up front.
    /// </summary>
    private void ChooseTransaction()
    {
        var oneBatch = OnPostgres && Database.CurrentTransaction is null
            && ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) <= OneBatch;
        Database.AutoTransactionBehavior = oneBatch ? AutoTransactionBehavior.Never : AutoTransactionBehavior.WhenNeeded;
    }

    /// <summary>Rows a save may change and still go to PostgreSQL as one batch (see <see cref="DatabaseServices"/>).</summary>
    internal const int OneBatch = 20;

    /// <summary>Queue an audit entry for a read of confidential content; written by the next SaveChanges.</summary>
    public void RecordRead(string entity, string entityId, string summary) =>
        pendingReads.Add(new AuditDraft("Read", entity, entityId, summary, tenant.TenantId));

    /// <summary>Record an event that is not a row change (login, logout, export) and save it now.</summary>
    public async Task RecordEventAsync(string action, string entity, string entityId, string summary, Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        pendingReads.Add(new AuditDraft(action, entity, entityId, summary, tenantId ?? tenant.TenantId));
        await SaveChangesAsync(cancellationToken);
    }

    private void GuardTenants()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = tenant.TenantId
                    ?? throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} needs a tenant and none is set.");
            }

            // A scope that works for one municipality may never write another's rows.
            if (tenant.TenantId is { } current && entry.State != EntityState.Unchanged && entry.State != EntityState.Detached
                && (entry.Entity.TenantId != current || (entry.State == EntityState.Modified && (Guid)entry.OriginalValues[nameof(ITenantOwned.TenantId)]! != current)))
            {
                throw new InvalidOperationException($"Write to {entry.Metadata.ClrType.Name} of another tenant refused.");
            }
        }
    }

    private List<AuditDraft> DraftsForChanges()
    {
        var drafts = new List<AuditDraft>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail is append-only.");
                }

                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Modified => "Modified",
                EntityState.Deleted => "Deleted",
                _ => null,
            };
            if (action is null)
            {
                continue;
            }

            var tenantId = (entry.Entity as ITenantOwned)?.TenantId ?? tenant.TenantId;
            drafts.Add(new AuditDraft(action, entry.Metadata.ClrType.Name, KeyOf(entry), ChangedProperties(entry), tenantId));
        }

        return drafts;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? "?"));

    // Names of changed properties only: values may be confidential and the trail is read by auditors.
    // Memberships are the exception: who may do what is never confidential, and a role change must show what it was.
    private static string ChangedProperties(EntityEntry entry) => entry.Entity is Membership
        ? MembershipChange(entry)
        : entry.State == EntityState.Modified
            ? string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
            : string.Empty;

    /// <summary>"Roles: Employee → Employee, Manager" and the like: old and new value of each membership field.</summary>
    private static string MembershipChange(EntityEntry entry)
    {
        string Value(object? value) => value switch
        {
            null => "-",
            Role roles => roles.ToString(),
            _ => value.ToString() ?? "-",
        };
        var fields = new[] { nameof(Membership.UserId), nameof(Membership.Roles), nameof(Membership.EmployeeId) }.Select(entry.Property);
        return string.Join("; ", entry.State switch
        {
            EntityState.Added => fields.Select(p => $"{p.Metadata.Name}: {Value(p.CurrentValue)}"),
            EntityState.Deleted => fields.Select(p => $"{p.Metadata.Name}: {Value(p.OriginalValue)}"),
            _ => fields.Where(p => p.IsModified).Select(p => $"{p.Metadata.Name}: {Value(p.OriginalValue)} → {Value(p.CurrentValue)}"),
        });
    }

    /// <summary>Adds the entries for <paramref name="drafts"/> after each chain's tail; the tails change only when the save succeeds.</summary>
    private async Task<List<AuditEntry>> AppendAuditAsync(List<AuditDraft> drafts, List<AuditChain.Tail> tails, CancellationToken cancellationToken)
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
                var last = await AuditEntries.AsNoTracking().Where(a => a.Chain == tail.Chain).OrderByDescending(a => a.Sequence)
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
                entry.Hash = AuditHash.Compute(entry, chainKey ??= this.GetService<KeyRing>().DeriveKey(AuditHash.KeyPurpose));
                previous = entry.Hash;
                entries.Add(entry);
            }
        }

        AuditEntries.AddRange(entries);
        return entries;
    }

    private sealed record AuditDraft(string Action, string Entity, string EntityId, string Summary, Guid? TenantId);
}
