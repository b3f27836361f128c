using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// The desk's dashboard: every case of every municipality the desk member serves (a shared desk sees
/// Leiden and Leiderdorp together), minus the cases they are involved in, and every running clock.
/// Only metadata: no text is decrypted here, so no read is recorded.
/// </summary>
[Authorize(Policy = MeldpuntServices.CaseWork)]
public sealed class IndexModel(LoketDbContext db, CaseAccess access, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Reference, string Tenant, bool InCurrentTenant, ReportCategory Category, CaseStatus Status, bool HighPriority, bool Mine, int Handlers, DateTimeOffset ReceivedAt, IReadOnlyList<CaseClock> Clocks);

    public List<Row> Rows { get; private set; } = [];

    public List<(Row Case, CaseClock Clock)> RunningClocks { get; private set; } = [];

    /// <summary>Only this municipality's clocks due this week or past (<see cref="ClocksDue"/>), as the home page counts them.</summary>
    [FromQuery(Name = "termijnen")]
    public string? Window { get; set; }

    public async Task OnGetAsync()
    {
        var userId = LoketClaims.UserIdOf(User)!.Value;
        var tenantIds = await access.TenantsWhereAsync(userId, Role.IntegrityOfficer | Role.Secretary);
        var tags = await access.ExcludingTagsAsync(userId);
        var current = LoketClaims.TenantOf(User);
        var names = await db.Tenants.ToDictionaryAsync(t => t.Id, t => t.Name);
        var now = time.GetUtcNow();
        var reports = await access.Visible(tenantIds, tags).Include(r => r.Handlers)
            .OrderByDescending(r => r.HighPriority).ThenBy(r => r.ReceivedAt).ToListAsync();
        Rows = [.. reports.Select(r => new Row(r.Id, r.Reference, names[r.TenantId], r.TenantId == current, r.Category, r.Status, r.HighPriority,
            r.Handlers.Any(h => h.UserId == userId), r.Handlers.Count, r.ReceivedAt, CaseClocks.For(r, now)))];
        RunningClocks = [.. reports.SelectMany(r => CaseClocks.Running(r, now).Select(c => (Rows.First(x => x.Id == r.Id), c))).OrderBy(x => x.c.Due)];
        if (ClocksDue.IsKnown(Window))
        {
            RunningClocks = [.. RunningClocks.Where(x => x.Case.InCurrentTenant && ClocksDue.Within(x.Clock, now, Window!))];
            Rows = [.. Rows.Where(r => RunningClocks.Any(x => x.Case.Id == r.Id))];
        }
    }
}
