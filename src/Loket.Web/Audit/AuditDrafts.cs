using Loket.Web.Identity;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loket.Web.Audit;

/// <summary>What one audit entry will say, before it has its place in a chain.</summary>
internal sealed record AuditDraft(string Action, string Entity, string EntityId, string Summary, Guid? TenantId);

/// <summary>Turns the tracked changes of a save into audit drafts: one per added, modified or deleted row.</summary>
internal static class AuditDrafts
{
    public static List<AuditDraft> ForChanges(ChangeTracker changes, Guid? currentTenant)
    {
        var drafts = new List<AuditDraft>();
        foreach (var entry in changes.Entries())
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

            var tenantId = (entry.Entity as ITenantOwned)?.TenantId ?? currentTenant;
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
}
