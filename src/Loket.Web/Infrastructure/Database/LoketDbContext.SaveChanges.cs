using Loket.Web.Infrastructure.Audit;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loket.Web.Infrastructure.Database;

// Every write passes here: tenant guard first, then the audit trail is extended in the same
// transaction, so a change without its audit entry cannot be committed.
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
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        await AuditChainLock.Local.WaitAsync(cancellationToken);
        try
        {
            var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                await AuditChainLock.AcquireAsync(this, cancellationToken);
                await AppendAuditAsync(drafts, cancellationToken);
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return written;
            }
            finally
            {
                if (transaction is not null)
                {
                    await transaction.DisposeAsync();
                }
            }
        }
        finally
        {
            AuditChainLock.Local.Release();
        }
    }

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
    private static string ChangedProperties(EntityEntry entry) => entry.State == EntityState.Modified
        ? string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
        : string.Empty;

    private async Task AppendAuditAsync(List<AuditDraft> drafts, CancellationToken cancellationToken)
    {
        var last = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditHash.Genesis;
        // Whole microseconds: what PostgreSQL's timestamptz keeps, so the hash survives the round trip.
        var utcNow = time.GetUtcNow();
        var now = new DateTimeOffset(utcNow.UtcTicks - (utcNow.UtcTicks % 10), TimeSpan.Zero);
        foreach (var draft in drafts)
        {
            var entry = new AuditEntry
            {
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
            entry.Hash = AuditHash.Compute(entry);
            previous = entry.Hash;
            AuditEntries.Add(entry);
        }
    }

    private sealed record AuditDraft(string Action, string Entity, string EntityId, string Summary, Guid? TenantId);
}
