using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Tenants;

internal sealed class TenantConfiguration
    : IEntityTypeConfiguration<Tenant>, IEntityTypeConfiguration<Desk>, IEntityTypeConfiguration<ConfidantListing>, IEntityTypeConfiguration<InstallationOperator>
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
        builder.Property(d => d.Phone).HasMaxLength(50);
        builder.Property(d => d.VisitingAddress).HasMaxLength(300);
        builder.Property(d => d.OpeningHours).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<ConfidantListing> builder)
    {
        builder.HasIndex(c => c.TenantId);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Note).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<InstallationOperator> builder)
    {
        builder.HasKey(o => o.UserId);
        builder.HasOne<Identity.UserAccount>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
