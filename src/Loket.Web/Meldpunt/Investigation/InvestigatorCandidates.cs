using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// Who may investigate a case: an integrity officer or HR adviser of its municipality whom the case does not
/// keep out (<see cref="CaseAccess.IsExcludedAsync"/>: named in the report, or related to someone named),
/// and whether an outside investigator's name matches someone the report names (the same <see cref="NameMatcher"/>).
/// </summary>
public sealed class InvestigatorCandidates(LoketDbContext db, CaseAccess access)
{
    private const Role MayInvestigate = Role.IntegrityOfficer | Role.HrAdviser;

    public async Task<List<(Guid Id, string Name)>> InternalAsync(Report report, CancellationToken cancellationToken = default)
    {
        var members = await db.Memberships.Where(m => (m.Roles & MayInvestigate) != 0)
            .OrderBy(m => m.User!.DisplayName).Select(m => new { m.UserId, m.User!.DisplayName }).ToListAsync(cancellationToken);
        var candidates = new List<(Guid, string)>();
        foreach (var member in members)
        {
            if (!await access.IsExcludedAsync(report.Id, member.UserId, cancellationToken))
            {
                candidates.Add((member.UserId, member.DisplayName));
            }
        }

        return candidates;
    }

    /// <summary>True when the typed investigator is, certainly or possibly, one of the names the reporter typed.</summary>
    public static bool NamedIn(string? involvedNames, string? investigator) =>
        !string.IsNullOrWhiteSpace(investigator)
        && NameMatcher.MatchNamed(involvedNames, [new Candidate(Guid.Empty, [investigator.Trim()], [])]).Count > 0;
}
