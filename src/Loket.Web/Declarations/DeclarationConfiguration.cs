using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Declarations;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<EmployeeDeclaration>
{
    public void Configure(EntityTypeBuilder<EmployeeDeclaration> builder)
    {
        builder.ToTable("Declarations");
        // The register page filters on type and sorts by date within one municipality. The trailing
        // columns let it pick a page's ids, including status and verdict filters, from the index alone:
        // at 2 million rows a deep page or a filter otherwise reads every row it skips (bench/results.md).
        builder.HasIndex(d => new { d.TenantId, d.Type, d.SubmittedAt, d.Id, d.EmployeeId, d.Status, d.Verdict }).HasDatabaseName("IX_Declarations_Register");
        // The annual report counts a municipality's three years from this index alone (AnnualReport/RegisterFigures):
        // read through the register index, every row's decision moment was a lookup in the table, 10× the count itself.
        builder.HasIndex(d => new { d.TenantId, d.SubmittedAt, d.Type, d.Status, d.GiftDestination, d.DecidedAt, d.EmployeeId })
            .HasDatabaseName("IX_Declarations_AnnualReport");
        // Its side activities ended and published in a year: few rows, read from these small indexes instead of a scan of
        // every declaration of the municipality (each such scan cost as much as a fifth of the whole report on SQLite).
        builder.HasIndex(d => new { d.TenantId, d.EndDate, d.Type, d.EndReportedAt }).HasFilter("\"EndDate\" IS NOT NULL")
            .HasDatabaseName("IX_Declarations_Ended");
        builder.HasIndex(d => new { d.TenantId, d.PublishedAt, d.Type }).HasFilter("\"PublishedAt\" IS NOT NULL")
            .HasDatabaseName("IX_Declarations_Published");
        builder.HasIndex(d => new { d.TenantId, d.EmployeeId });
        builder.HasIndex(d => new { d.TenantId, d.DeciderId, d.Status });
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Verdict).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.RelationKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.GiftDestination).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Answers).HasMaxLength(4000);
        builder.Property(d => d.Subject).HasMaxLength(500);
        builder.Property(d => d.Counterparty).HasMaxLength(200);
        builder.Property(d => d.Role).HasMaxLength(200);
        builder.Property(d => d.Citation).HasMaxLength(500);
        builder.Property(d => d.RoutingNote).HasMaxLength(500);
        builder.Property(d => d.ConditionsText).HasMaxLength(2000);
        builder.Property(d => d.Motivation).HasMaxLength(4000);
        builder.Property(d => d.EmployeeResponse).HasMaxLength(4000);
        builder.HasOne(d => d.Employee).WithMany().HasForeignKey(d => d.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Decider).WithMany().HasForeignKey(d => d.DeciderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.DecidedBy).WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
        // No foreign key for RelatedEmployeeId: adding one makes SQLite rebuild the table, which the register's
        // search view (DeclarationSearchContent) refers to; the page checks the colleague in the municipality.
        builder.HasOne<EmployeeDeclaration>().WithMany().HasForeignKey(d => d.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
