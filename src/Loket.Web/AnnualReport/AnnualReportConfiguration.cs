using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.AnnualReport;

// One contribution per confidant and year, one adopted report per municipality and year, drafts numbered per year.
internal sealed class AnnualReportConfiguration :
    IEntityTypeConfiguration<ContactContribution>, IEntityTypeConfiguration<ReportDraft>, IEntityTypeConfiguration<AdoptedReport>
{
    public void Configure(EntityTypeBuilder<ContactContribution> builder)
    {
        builder.ToTable("AnnualReportContributions");
        builder.HasIndex(c => new { c.TenantId, c.Year, c.ConfidantUserId }).IsUnique();
        builder.Property(c => c.Counts).HasMaxLength(4000);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ReportDraft> builder)
    {
        builder.ToTable("AnnualReportDrafts");
        builder.HasIndex(d => new { d.TenantId, d.Year, d.Version }).IsUnique();
        builder.Property(d => d.Developments).HasMaxLength(ReportDraft.LongestText);
        builder.Property(d => d.Evaluation).HasMaxLength(ReportDraft.LongestText);
        builder.Property(d => d.Goals).HasMaxLength(ReportDraft.LongestText);
        builder.Ignore(d => d.Texts);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AdoptedReport> builder)
    {
        builder.ToTable("AnnualReports");
        builder.HasIndex(r => new { r.TenantId, r.Year }).IsUnique();
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
