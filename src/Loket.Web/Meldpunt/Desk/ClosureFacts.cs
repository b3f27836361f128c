using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// What the investigation protocol (who investigated, an external bureau's cost) and the register of measures
/// (the first police report) already say about a case, for the closure record to take over rather than ask again.
/// </summary>
public static class ClosureFacts
{
    public static async Task<RecordedElsewhere> ForAsync(LoketDbContext db, Guid reportId)
    {
        var investigation = await db.Investigations.Where(i => i.ReportId == reportId && i.AssignedAt != null)
            .Select(i => new { i.InvestigatorKind, i.Cost }).FirstOrDefaultAsync();
        var policeReportOn = await db.PoliceReports.Where(p => p.ReportId == reportId)
            .OrderBy(p => p.FiledOn).Select(p => (DateOnly?)p.FiledOn).FirstOrDefaultAsync();
        return new RecordedElsewhere(investigation?.InvestigatorKind, investigation?.Cost, policeReportOn);
    }
}
