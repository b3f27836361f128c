using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.PolicyVersions;

internal sealed class StoredPolicyConfiguration : IEntityTypeConfiguration<StoredPolicy>
{
    public void Configure(EntityTypeBuilder<StoredPolicy> builder)
    {
        builder.Property(p => p.PolicySlug).HasMaxLength(64);
        builder.Property(p => p.Version).HasMaxLength(64);
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.Property(p => p.RejectionReason).HasMaxLength(StoredPolicy.ReasonLength);
        // The history of one code, and the engine's cheap check for a new approval.
        builder.HasIndex(p => new { p.PolicySlug, p.EffectiveFrom });
        builder.HasIndex(p => new { p.Status, p.DecidedAt });
    }
}
