using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.People;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// Who sees which case. A desk member who is named as involved in a report (as an employee or by
/// their account), or whose declared relation is, never sees it, nor any case linked to it: the
/// exclusion is part of every query, not a check after loading. A person only possibly meant stays
/// out until an officer who sees the case records that they were not meant.
/// Content is for assigned handlers; anyone else on the desk records a reason first.
/// </summary>
public sealed class CaseAccess(LoketDbContext db, KeyRing ring, TimeProvider time)
{
    public string InvolvedTag(Guid employeeId) => ring.Tag("involved", employeeId.ToString());

    /// <summary>An account named as involved: desk accounts without an employee record can be named too.</summary>
    public string AccountTag(Guid userId) => ring.Tag("involved-account", userId.ToString());

    /// <summary>Tags of the user's account, their employee records in every municipality and everyone they are related to today.</summary>
    public async Task<List<string>> ExcludingTagsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var employees = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId && m.EmployeeId != null).Select(m => m.EmployeeId!.Value).ToListAsync(cancellationToken);
        var excluded = await Relatedness.WithRelationsAsync(db.Relations.IgnoreQueryFilters(), employees, time.Today(), cancellationToken);
        return [AccountTag(userId), .. excluded.Select(InvolvedTag)];
    }

    /// <summary>The municipalities whose desk work this user does, with the given roles.</summary>
    public Task<List<Guid>> TenantsWhereAsync(Guid userId, Role roles, CancellationToken cancellationToken = default) =>
        db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && (m.Roles & roles) != 0).Select(m => m.TenantId).ToListAsync(cancellationToken);

    /// <summary>
    /// Reports of these municipalities that do not involve the user, nor does the case they are linked
    /// to (a retaliation report also carries copies of its case's tags: two locks); across tenants on
    /// purpose (a shared desk).
    /// </summary>
    public IQueryable<Report> Visible(IReadOnlyCollection<Guid> tenantIds, IReadOnlyCollection<string> excludingTags) =>
        db.Reports.IgnoreQueryFilters()
            .Where(r => tenantIds.Contains(r.TenantId)
                && !r.Involved.Any(i => i.Meant != false && excludingTags.Contains(i.Tag))
                && !db.InvolvedTags.IgnoreQueryFilters().Any(i => i.ReportId == r.RelatedReportId && i.Meant != false && excludingTags.Contains(i.Tag)));

    /// <summary>One case of the current municipality, if this user may know it exists.</summary>
    public async Task<Report?> FindVisibleAsync(Guid reportId, Guid tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        var tags = await ExcludingTagsAsync(userId, cancellationToken);
        return await Visible([tenantId], tags).Include(r => r.Handlers).Include(r => r.Involved).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
    }

    /// <summary>Whether the exclusion keeps this user out of the case (the same test as <see cref="Visible"/>): for choosing handlers and recipients.</summary>
    public async Task<bool> IsExcludedAsync(Guid reportId, Guid userId, CancellationToken cancellationToken = default)
    {
        var tags = await ExcludingTagsAsync(userId, cancellationToken);
        var tenantId = await db.Reports.IgnoreQueryFilters().Where(r => r.Id == reportId).Select(r => r.TenantId).FirstAsync(cancellationToken);
        return !await Visible([tenantId], tags).AnyAsync(r => r.Id == reportId, cancellationToken);
    }

    public async Task<bool> MayReadAsync(Guid reportId, Guid userId, CancellationToken cancellationToken = default) =>
        await db.ReportHandlers.AnyAsync(h => h.ReportId == reportId && h.UserId == userId, cancellationToken)
        || await db.AccessGrants.AnyAsync(g => g.ReportId == reportId && g.UserId == userId, cancellationToken);
}
