using Loket.Web.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// Onboarding: each new person's checklist (with its oath, VOG and statement) and the municipality's oath formulas.
public abstract partial class LoketDbContext
{
    public DbSet<Checklist> Checklists => Set<Checklist>();

    public DbSet<OathFormula> OathFormulas => Set<OathFormula>();

    public DbSet<YearlyCheck> YearlyChecks => Set<YearlyCheck>();
}
