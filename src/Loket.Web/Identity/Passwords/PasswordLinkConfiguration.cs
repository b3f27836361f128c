using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Identity.Passwords;

internal sealed class PasswordLinkConfiguration : IEntityTypeConfiguration<PasswordLink>
{
    public void Configure(EntityTypeBuilder<PasswordLink> builder)
    {
        builder.ToTable("PasswordLinks");
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
