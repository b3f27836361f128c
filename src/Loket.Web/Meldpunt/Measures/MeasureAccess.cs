using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Measures;

/// <summary>
/// Who sees the measures of a case: an HR adviser, the integrity officer who reads the case (handler or
/// grant), and whoever is recorded as the decider of one of its measures; never someone the case keeps out
/// (the caller loads the report through <see cref="CaseAccess.FindVisibleAsync"/>). Not the person concerned's
/// manager, not the reporter, not another municipality. Who may record: HR and that officer.
/// </summary>
public sealed class MeasureAccess(LoketDbContext db, CaseAccess access)
{
    public async Task<bool> MayRecordAsync(Report report, Guid userId, Role roles, CancellationToken cancellationToken = default) =>
        (roles & Role.HrAdviser) != 0
        || ((roles & Role.IntegrityOfficer) != 0 && await access.MayReadAsync(report.Id, userId, cancellationToken));

    public async Task<bool> MaySeeAsync(Report report, Guid userId, Role roles, CancellationToken cancellationToken = default) =>
        await MayRecordAsync(report, userId, roles, cancellationToken)
        || await db.CaseMeasures.AnyAsync(m => m.ReportId == report.Id && m.DeciderUserId == userId, cancellationToken);

    /// <summary>Members of the case's municipality with <paramref name="role"/> whom the case does not keep out.</summary>
    public async Task<List<(Guid Id, string Name)>> PeopleWithAsync(Report report, Role role, CancellationToken cancellationToken = default)
    {
        var members = await db.Memberships.Where(m => (m.Roles & role) != 0)
            .OrderBy(m => m.User!.DisplayName).Select(m => new { m.UserId, m.User!.DisplayName }).ToListAsync(cancellationToken);
        var people = new List<(Guid, string)>();
        foreach (var member in members)
        {
            if (!await access.IsExcludedAsync(report.Id, member.UserId, cancellationToken))
            {
                people.Add((member.UserId, member.DisplayName));
            }
        }

        return people;
    }
}
