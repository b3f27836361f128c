using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// The integrity officers of the case's municipality a coordinator may assign it to: not the coordinator,
/// not already handling it, and never someone the case keeps out (<see cref="CaseAccess.IsExcludedAsync"/>).
/// </summary>
public sealed class HandlerCandidates(LoketDbContext db, CaseAccess access)
{
    public async Task<List<(Guid Id, string Name)>> ForAsync(Report report, Guid coordinator, CancellationToken cancellationToken = default)
    {
        var handlerIds = report.Handlers.Select(h => h.UserId).ToList();
        var officers = await db.Memberships.Where(m => (m.Roles & Role.IntegrityOfficer) != 0 && m.UserId != coordinator && !handlerIds.Contains(m.UserId))
            .OrderBy(m => m.User!.DisplayName).Select(m => new { m.UserId, m.User!.DisplayName }).ToListAsync(cancellationToken);
        var assignable = new List<(Guid, string)>();
        foreach (var officer in officers)
        {
            if (!await access.IsExcludedAsync(report.Id, officer.UserId, cancellationToken))
            {
                assignable.Add((officer.UserId, officer.DisplayName));
            }
        }

        return assignable;
    }
}
