using Loket.Web.People;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Declarations;

internal sealed class DeclarationAttachmentConfiguration : IEntityTypeConfiguration<DeclarationAttachment>
{
    public void Configure(EntityTypeBuilder<DeclarationAttachment> builder)
    {
        builder.ToTable("DeclarationAttachments");
        builder.HasIndex(a => new { a.TenantId, a.DeclarationId });
        // The clean-up job looks for files never filed with a declaration.
        builder.HasIndex(a => new { a.DeclarationId, a.UploadedAt });
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.HasOne<EmployeeDeclaration>().WithMany().HasForeignKey(a => a.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
