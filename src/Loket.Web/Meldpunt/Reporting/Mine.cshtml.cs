using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>A signed-in reporter's own named reports, found by the keyed tag of their account.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class MineModel(LoketDbContext db, KeyRing ring) : PageModel
{
    public sealed record Row(Guid Id, string Reference, ReportCategory Category, CaseStatus Status, DateTimeOffset ReceivedAt);

    public List<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync()
    {
        Message = TempData["Meldpunt.Message"] as string;
        var tag = ring.Tag("reporter", LoketClaims.UserIdOf(User)!.Value.ToString());
        Rows = await db.Reports.Where(r => r.ReporterTag == tag && r.RelatedReportId == null).OrderByDescending(r => r.ReceivedAt)
            .Select(r => new Row(r.Id, r.Reference, r.Category, r.Status, r.ReceivedAt)).ToListAsync();
    }
}
