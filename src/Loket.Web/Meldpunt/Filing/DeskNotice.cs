using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Filing;

/// <summary>
/// A new report tells the desk at once, not only when its first clock nears: every integrity officer of
/// the municipality, except whoever the report keeps out (named or possibly meant, themselves or a
/// relation: the same tags as <see cref="CaseAccess.Visible"/>) and whoever recorded it. The mail says
/// only that a report arrived, with a link to the dashboard: no category, no name, no word of it.
/// </summary>
public static class DeskNotice
{
    public static async Task<IReadOnlyList<Notification>> ForAsync(LoketDbContext db, CaseAccess access, Report report, Guid? recordedBy, CancellationToken cancellationToken = default)
    {
        var officers = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.TenantId == report.TenantId && (m.Roles & Role.IntegrityOfficer) != 0 && m.User!.Email != null && m.UserId != recordedBy)
            .Select(m => new { m.UserId, m.User!.Email, m.User.DisplayName }).ToListAsync(cancellationToken);
        var involved = report.Involved.Where(i => i.Excludes).Select(i => i.Tag).ToHashSet();
        var mails = new List<Notification>();
        foreach (var officer in officers.DistinctBy(o => o.UserId))
        {
            if (!(await access.ExcludingTagsAsync(officer.UserId, cancellationToken)).Any(involved.Contains))
            {
                mails.Add(new Notification(officer.Email!, officer.DisplayName, "Er is een nieuwe melding bij het meldpunt",
                    "Er is een nieuwe melding binnengekomen bij het meldpunt.", "/meldpunt/dossiers"));
            }
        }

        return mails;
    }
}
