using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.People;

internal sealed class PeopleConfiguration :
    IEntityTypeConfiguration<OrgUnit>, IEntityTypeConfiguration<JobFunction>, IEntityTypeConfiguration<Employee>,
    IEntityTypeConfiguration<Substitution>, IEntityTypeConfiguration<Relation>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.HasIndex(u => new { u.TenantId, u.Code }).IsUnique();
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.GiftRuleWording).HasMaxLength(300);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<JobFunction> builder)
    {
        builder.HasIndex(f => new { f.TenantId, f.Code }).IsUnique();
        builder.Property(f => f.Code).HasMaxLength(64);
        builder.Property(f => f.Name).HasMaxLength(200);
        // Eight letters in Justis' area order; functions from before the map are low everywhere until mapped.
        builder.Property(f => f.RiskProfile).HasConversion(p => p.Letters, letters => new RiskProfile(letters))
            .HasMaxLength(8).HasDefaultValue(RiskProfile.None).HasSentinel(default(RiskProfile));
        builder.Property(f => f.MitigationNote).HasMaxLength(JobFunction.MitigationNoteLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.HasIndex(e => new { e.TenantId, e.EmployeeNumber }).IsUnique();
        // The register's name search (Registers/RegisterQuery) reads one municipality's employees from this index
        // alone, in id order, whatever the typed text: a prepared statement's generic plan otherwise walked the
        // primary key of every municipality's employees (200,000 at bench scale, 400-500 ms; bench/results.md).
        builder.HasIndex(e => new { e.TenantId, e.Id, e.Name });
        builder.Property(e => e.EmployeeNumber).HasMaxLength(32);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Email).HasMaxLength(200);
        builder.Property(e => e.EmploymentType).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(e => e.OrgUnit).WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.JobFunction).WithMany().HasForeignKey(e => e.JobFunctionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Manager).WithMany().HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Substitution> builder)
    {
        builder.HasIndex(s => new { s.TenantId, s.ManagerId });
        builder.HasOne(s => s.Manager).WithMany().HasForeignKey(s => s.ManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Substitute).WithMany().HasForeignKey(s => s.SubstituteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Relation> builder)
    {
        // Not unique: a pair may have an ended relation and a later one; Relation.Record refuses an overlapping duplicate.
        builder.HasIndex(r => new { r.TenantId, r.EmployeeId, r.RelatedEmployeeId });
        builder.HasIndex(r => new { r.TenantId, r.RelatedEmployeeId });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        // Rows from before the register had a source came from the demo or a test: "Import" is the nearest.
        // The sentinel is no member, so EF always writes the source it was given.
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(16)
            .HasDefaultValue(RelationSource.Import).HasSentinel((RelationSource)(-1));
        builder.Property(r => r.Reason).HasMaxLength(Relation.ReasonLength);
        builder.Property(r => r.CorrectionReason).HasMaxLength(Relation.ReasonLength);
        builder.Property(r => r.EndReason).HasMaxLength(Relation.ReasonLength);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.RelatedEmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Declarations.EmployeeDeclaration>().WithMany().HasForeignKey(r => r.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.DeclarationId);
    }
}
