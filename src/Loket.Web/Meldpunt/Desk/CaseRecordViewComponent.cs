using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>What the case page's record part shows: the route in, the counted classification and closure, and the lists to pick from.</summary>
public sealed record CaseRecordView(
    Report Report,
    Procedures.Procedure Procedure,
    IntakeRouteTable Routes,
    string? RecorderName,
    string? OwnCategoryName,
    string? OrgUnitName,
    IReadOnlyList<OwnCategory> OwnCategories,
    IReadOnlyList<(Guid Id, string Name)> OrgUnits,
    RecordedElsewhere Known)
{
    /// <summary>For the date field of the closure form, which binds by this name: as recorded, else the register's police report.</summary>
    public DateOnly? PoliceReportOn => Report.PoliceReportOn ?? Known.PoliceReportOn;
}

/// <summary>
/// The record part of the case page (issue 17.2, 17.5), with its own data: rendered from Case.cshtml in one
/// line, so the case page stays one file others can change too. Only the municipality's own categories and
/// departments are listed (the tenant filter); the posts go to <see cref="CaseModel"/>.
/// </summary>
public sealed class CaseRecordViewComponent(LoketDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CaseModel page)
    {
        var report = page.Report;
        var slug = await db.Tenants.Where(t => t.Id == report.TenantId).Select(t => t.PolicySlug).FirstAsync();
        var own = await db.OwnCaseCategories.OrderBy(c => c.Parent).ThenBy(c => c.Name).ToListAsync();
        var units = await db.OrgUnits.OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync();
        var recorder = report.RecordedByUserId is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).FirstOrDefaultAsync() : null;
        return View("/Meldpunt/Desk/_CaseRecord.cshtml", new CaseRecordView(report, page.Procedure, IntakeRoutes.For(slug), recorder,
            own.FirstOrDefault(c => c.Id == report.OwnCategoryId)?.Name, units.FirstOrDefault(u => u.Id == report.OrgUnitId)?.Name,
            own, [.. units.Select(u => (u.Id, u.Name))], await ClosureFacts.ForAsync(db, report.Id)));
    }
}
