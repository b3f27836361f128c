using Loket.Web.Confidants;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The reporting desk's tables: reports and their case files, the identity vault, the clocks' notices.
public abstract partial class LoketDbContext
{
    public DbSet<Report> Reports => Set<Report>();

    public DbSet<CaseEntry> CaseEntries => Set<CaseEntry>();

    public DbSet<ReporterIdentity> ReporterIdentities => Set<ReporterIdentity>();

    public DbSet<ReportHandler> ReportHandlers => Set<ReportHandler>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<InvolvedTag> InvolvedTags => Set<InvolvedTag>();

    public DbSet<ClockNotice> ClockNotices => Set<ClockNotice>();

    public DbSet<ConfidantContact> ConfidantContacts => Set<ConfidantContact>();

    public DbSet<GuessingAlert> GuessingAlerts => Set<GuessingAlert>();
}
