using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The key also finds a chain's tail: the last sequence of that chain.
        builder.HasKey(a => new { a.Chain, a.Sequence });
        // The writer assigns the sequence under the chain's lock; a database identity could leave gaps.
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.HasIndex(a => new { a.TenantId, a.At });
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Entity).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(200);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
    }
}
