using Loket.Web.Audit;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// Every write passes here: tenant guard first, then the audit trail (Audit/AuditAppend) is extended in
// the same save, so a change without its audit entry cannot be committed.
public abstract partial class LoketDbContext
{
    private AuditAppend? trail;

    private AuditAppend Trail => trail ??= new AuditAppend(this, tenant, actor, time);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        GuardTenants();
        return await Trail.SaveAsync(
            () =>
            {
                ChooseTransaction();
                return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            },
            cancellationToken);
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
    public void RecordRead(string entity, string entityId, string summary) => Trail.Queue("Read", entity, entityId, summary, tenantId: null);

    /// <summary>Record an event that is not a row change (login, logout, export) and save it now.</summary>
    public async Task RecordEventAsync(string action, string entity, string entityId, string summary, Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        Trail.Queue(action, entity, entityId, summary, tenantId);
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
}
