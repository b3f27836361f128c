using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Identity.Accounts;

internal sealed class MembershipChangeConfiguration : IEntityTypeConfiguration<MembershipChange>
{
    public void Configure(EntityTypeBuilder<MembershipChange> builder)
    {
        builder.HasIndex(c => new { c.TenantId, c.DecidedAt });
        builder.HasOne(c => c.Membership).WithMany().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
