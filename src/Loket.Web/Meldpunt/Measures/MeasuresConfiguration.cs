using Loket.Web.Meldpunt.Aftercare;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Meldpunt.Measures;

// Categories are stored by name, so a later category added to an enum never renumbers what was counted.
internal sealed class MeasuresConfiguration :
    IEntityTypeConfiguration<CaseMeasure>, IEntityTypeConfiguration<PoliceReport>, IEntityTypeConfiguration<AftercareTask>
{
    public void Configure(EntityTypeBuilder<CaseMeasure> builder)
    {
        builder.ToTable("CaseMeasures");
        builder.HasIndex(m => new { m.ReportId, m.DecidedOn });
        builder.HasIndex(m => new { m.TenantId, m.DecidedOn, m.Kind });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Report>().WithMany().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PoliceReport> builder)
    {
        builder.ToTable("CasePoliceReports");
        builder.HasIndex(p => new { p.ReportId, p.FiledOn });
        builder.Property(p => p.FiledBy).HasMaxLength(PoliceReport.LongestName);
        builder.Property(p => p.PoliceReference).HasMaxLength(PoliceReport.LongestReference);
        builder.HasOne<Report>().WithMany().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AftercareTask> builder)
    {
        builder.ToTable("AftercareTasks");
        builder.HasIndex(t => new { t.ReportId, t.DueOn });
        builder.Property(t => t.For).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Report>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
