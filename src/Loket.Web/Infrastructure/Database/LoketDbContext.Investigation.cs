using Loket.Web.Meldpunt.Aftercare;
using Loket.Web.Meldpunt.Investigation;
using Loket.Web.Meldpunt.Measures;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// After the decision to investigate: the protocol, its interviews, the measures register, police reports and aftercare.
public abstract partial class LoketDbContext
{
    public DbSet<CaseInvestigation> Investigations => Set<CaseInvestigation>();

    public DbSet<Interview> InvestigationInterviews => Set<Interview>();

    public DbSet<CaseMeasure> CaseMeasures => Set<CaseMeasure>();

    public DbSet<PoliceReport> PoliceReports => Set<PoliceReport>();

    public DbSet<AftercareTask> AftercareTasks => Set<AftercareTask>();
}
