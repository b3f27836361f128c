using Loket.Web.Confidants;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Reporting;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Meldpunt;

internal sealed class MeldpuntConfiguration :
    IEntityTypeConfiguration<Report>, IEntityTypeConfiguration<CaseEntry>, IEntityTypeConfiguration<ReporterIdentity>,
    IEntityTypeConfiguration<ReportHandler>, IEntityTypeConfiguration<AccessGrant>, IEntityTypeConfiguration<InvolvedTag>,
    IEntityTypeConfiguration<ClockNotice>, IEntityTypeConfiguration<ConfidantContact>, IEntityTypeConfiguration<GuessingAlert>
{
    public void Configure(EntityTypeBuilder<GuessingAlert> builder)
    {
        builder.ToTable("ReceiptGuessingAlerts");
        builder.HasIndex(a => a.At);
    }

    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("Reports");
        builder.HasIndex(r => r.ReceiptHash).IsUnique();
        builder.HasIndex(r => r.SpentHandoverHash);
        builder.HasIndex(r => r.ReporterTag);
        builder.HasIndex(r => new { r.TenantId, r.Status });
        builder.Property(r => r.Reference).HasMaxLength(16);
        builder.Property(r => r.KeyId).HasMaxLength(64);
        builder.Property(r => r.ReporterTag).HasMaxLength(64);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.HasMany(r => r.Handlers).WithOne().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Involved).WithOne().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.RelatedReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CaseEntry> builder)
    {
        builder.ToTable("CaseEntries");
        builder.HasIndex(e => new { e.ReportId, e.At });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<ReporterIdentity> builder)
    {
        builder.ToTable("ReporterIdentities");
        builder.HasIndex(v => v.ReportId).IsUnique();
        builder.HasIndex(v => v.ConfidantUserId);
        builder.Property(v => v.KeyId).HasMaxLength(64);
        builder.HasOne<Report>().WithOne().HasForeignKey<ReporterIdentity>(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReportHandler> builder)
    {
        builder.ToTable("ReportHandlers");
        builder.HasIndex(h => new { h.ReportId, h.UserId }).IsUnique();
        builder.Property(h => h.Reason).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<AccessGrant> builder)
    {
        builder.ToTable("ReportAccessGrants");
        builder.HasIndex(g => new { g.ReportId, g.UserId });
        builder.Property(g => g.Reason).HasMaxLength(500);
        builder.HasOne<Report>().WithMany().HasForeignKey(g => g.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<InvolvedTag> builder)
    {
        builder.ToTable("ReportInvolved");
        builder.HasIndex(i => i.Tag);
        builder.Property(i => i.Tag).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<ClockNotice> builder)
    {
        builder.ToTable("ReportClockNotices");
        builder.HasIndex(n => new { n.ReportId, n.Clock, n.Level }).IsUnique();
        builder.Property(n => n.Clock).HasMaxLength(32);
        builder.Property(n => n.Level).HasMaxLength(32);
        builder.HasOne<Report>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ConfidantContact> builder)
    {
        builder.ToTable("ConfidantContacts");
        builder.HasIndex(c => new { c.TenantId, c.Date });
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
