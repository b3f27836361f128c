using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Identity;

internal sealed class IdentityConfiguration :
    IEntityTypeConfiguration<UserAccount>, IEntityTypeConfiguration<Membership>, IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.UserName).HasMaxLength(128);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(200);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.TotpSecret).HasMaxLength(64);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasMany(u => u.Memberships).WithOne(m => m.User).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.ExternalLogins).WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(m => new { m.TenantId, m.UserId }).IsUnique();
        builder.HasOne(m => m.Employee).WithMany().HasForeignKey(m => m.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ExternalLogin> builder)
    {
        builder.HasIndex(l => new { l.Issuer, l.Subject }).IsUnique();
        builder.Property(l => l.Issuer).HasMaxLength(300);
        builder.Property(l => l.Subject).HasMaxLength(200);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
