using Loket.Web.Meldpunt.Case;
using Loket.Web.People;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Meldpunt;

/// <summary>
/// The counted case record (issue 17): the route's columns, the intake classification and the closure on
/// <c>Reports</c>, and a municipality's own categories. Enums are stored by name, like the rest of the desk.
/// </summary>
internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<Report>, IEntityTypeConfiguration<OwnCategory>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Medium).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Classification).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Concerned).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ClosureOutcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Investigator).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<OwnCategory>().WithMany().HasForeignKey(r => r.OwnCategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OwnCategory> builder)
    {
        builder.ToTable("OwnCaseCategories");
        builder.HasIndex(c => new { c.TenantId, c.Parent, c.Name }).IsUnique();
        builder.Property(c => c.Parent).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(OwnCategory.MaxName);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
