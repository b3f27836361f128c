using Loket.Web.AnnualReport;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The annual integrity report's chain: the confidants' frozen figures, the coordinator's drafts, the adopted report.
public abstract partial class LoketDbContext
{
    public DbSet<ContactContribution> ContactContributions => Set<ContactContribution>();

    public DbSet<ReportDraft> ReportDrafts => Set<ReportDraft>();

    public DbSet<AdoptedReport> AdoptedReports => Set<AdoptedReport>();
}
