using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// Collects the reporter's identity for <see cref="ForcedFinder"/>: the vault (opened here whether or
/// not the officer may read it: it is used to hide, never shown), and for a named report the account
/// behind the reporter tag. The tag itself is hidden too; a receipt code is never stored in the clear,
/// so every sixteen-digit number is hidden instead (<see cref="ForcedFinder"/>).
/// </summary>
public static class ReporterTerms
{
    public static async Task<ForcedTerms> ForAsync(LoketDbContext db, CaseCrypto crypto, KeyRing ring, Report report, CancellationToken cancellationToken = default)
    {
        var terms = new ForcedTerms();
        var accounts = new HashSet<Guid>();
        var vault = await db.ReporterIdentities.IgnoreQueryFilters().FirstOrDefaultAsync(v => v.ReportId == report.Id, cancellationToken);
        if (vault is not null && terms.AddIdentity(crypto.Identity(vault)) is { } account)
        {
            accounts.Add(account);
        }

        if (report.ReporterTag is { } tag)
        {
            terms.AddPhrase(tag);
            // The same keyed tag the report form gives a named reporter (Reporting/New): found by trying the municipality's accounts.
            var members = await db.Memberships.IgnoreQueryFilters().Where(m => m.TenantId == report.TenantId).Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
            accounts.UnionWith(members.Where(id => ring.Tag("reporter", id.ToString()) == tag));
        }

        var ids = accounts.ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.UserName, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            terms.AddAccount(user.UserName, user.DisplayName, user.Email);
        }

        return terms;
    }
}
