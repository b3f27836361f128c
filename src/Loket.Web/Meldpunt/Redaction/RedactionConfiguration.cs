using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Meldpunt.Redaction;

internal sealed class RedactionConfiguration : IEntityTypeConfiguration<RedactedCopy>
{
    public void Configure(EntityTypeBuilder<RedactedCopy> builder)
    {
        builder.ToTable("RedactedCopies");
        builder.HasIndex(c => new { c.ReportId, c.MadeAt });
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Recipient).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Report>().WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
