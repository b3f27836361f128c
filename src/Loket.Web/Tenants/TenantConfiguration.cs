using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>, IEntityTypeConfiguration<Desk>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.PolicySlug).HasMaxLength(64);
        builder.Property(t => t.PrimaryColor).HasMaxLength(7);
        builder.HasOne(t => t.Desk).WithMany(d => d.Tenants).HasForeignKey(t => t.DeskId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Desk> builder)
    {
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Slug).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Email).HasMaxLength(200);
    }
}
