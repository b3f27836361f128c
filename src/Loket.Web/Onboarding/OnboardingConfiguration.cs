using Loket.Web.People;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Onboarding;

internal sealed class OnboardingConfiguration : IEntityTypeConfiguration<Checklist>, IEntityTypeConfiguration<OathFormula>, IEntityTypeConfiguration<YearlyCheck>
{
    public void Configure(EntityTypeBuilder<Checklist> builder)
    {
        builder.ToTable("OnboardingChecklists");
        // One checklist per person: a second would send every reminder twice.
        builder.HasIndex(c => new { c.TenantId, c.EmployeeId }).IsUnique();
        builder.Property(c => c.PolicySlug).HasMaxLength(64);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Items, items =>
        {
            items.ToTable("OnboardingItems");
            items.WithOwner().HasForeignKey("ChecklistId");
            items.HasKey(i => i.Id);
            items.Property(i => i.Id).ValueGeneratedNever();
            items.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            items.Property(i => i.Citation).HasMaxLength(300);
            items.Property(i => i.DoneBy).HasMaxLength(200);
            // The reminder job reads open items by due day.
            items.HasIndex(i => i.DueOn);
        });
        builder.Navigation(c => c.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsOne(c => c.Oath, oath =>
        {
            oath.Property(o => o.FormulaTitle).HasMaxLength(OathFormula.TitleLength);
            oath.Property(o => o.FormulaText).HasMaxLength(OathFormula.TextLength);
            oath.Property(o => o.FormulaSource).HasMaxLength(OathFormula.SourceLength);
            oath.Property(o => o.Form).HasConversion<string>().HasMaxLength(16);
            oath.Property(o => o.Place).HasMaxLength(200);
            oath.Property(o => o.TakenBy).HasMaxLength(200);
            oath.Property(o => o.Witness).HasMaxLength(200);
        });
        builder.OwnsOne(c => c.Vog, vog =>
        {
            vog.Property(v => v.Profile).HasMaxLength(300);
            vog.Property(v => v.Aspects).HasMaxLength(200);
            vog.Property(v => v.CheckedBy).HasMaxLength(200);
        });
        builder.OwnsOne(c => c.Statement, statement =>
        {
            statement.Property(s => s.Title).HasMaxLength(200);
            statement.Property(s => s.Text).HasMaxLength(4000);
            statement.Property(s => s.Source).HasMaxLength(300);
            statement.Property(s => s.SignedBy).HasMaxLength(200);
        });
    }

    public void Configure(EntityTypeBuilder<OathFormula> builder)
    {
        builder.ToTable("OathFormulas");
        builder.HasIndex(f => f.TenantId);
        builder.Property(f => f.Title).HasMaxLength(OathFormula.TitleLength);
        builder.Property(f => f.Text).HasMaxLength(OathFormula.TextLength);
        builder.Property(f => f.Source).HasMaxLength(OathFormula.SourceLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<YearlyCheck> builder)
    {
        builder.ToTable("YearlyChecks");
        // Once per person per year: a second confirmation in the same year is the same fact.
        builder.HasIndex(c => new { c.TenantId, c.EmployeeId, c.Year }).IsUnique();
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
