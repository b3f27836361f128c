using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Meldpunt.Investigation;

internal sealed class InvestigationConfiguration : IEntityTypeConfiguration<CaseInvestigation>, IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<CaseInvestigation> builder)
    {
        builder.ToTable("Investigations");
        builder.HasIndex(i => new { i.ReportId, i.StartedAt });
        builder.Property(i => i.InvestigatorKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Bureau).HasMaxLength(CaseInvestigation.LongestName);
        builder.Property(i => i.ExternalInvestigator).HasMaxLength(CaseInvestigation.LongestName);
        builder.Property(i => i.InformedBy).HasMaxLength(CaseInvestigation.LongestName);
        builder.Property(i => i.Cost).HasPrecision(12, 2);
        builder.HasOne<Report>().WithMany().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Interviews).WithOne().HasForeignKey(i => i.InvestigationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.ToTable("InvestigationInterviews");

        // Made by the investigation and added through its list: the id is ours, never the database's.
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.InvestigationId, i.HeldOn });
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.ShownHow).HasConversion<string>().HasMaxLength(32);
    }
}
