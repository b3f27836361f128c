using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Confidants;

/// <summary>
/// The reports this confidant filed, with the identities only they may read (each read audited), and
/// whether the reporter exchanged the handover code yet: a confidant who hears "I have not used it yet"
/// while it says exchanged knows that someone else used it.
/// </summary>
[Authorize(Policy = Policies.Confidant)]
public sealed class IndexModel(LoketDbContext db, CaseCrypto crypto) : PageModel
{
    public sealed record Row(string Reference, CaseStatus Status, DateTimeOffset ReceivedAt, string Identity, bool Consent, DateTimeOffset? HandoverExchangedAt);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = LoketClaims.UserIdOf(User);
        var filed = await db.ReporterIdentities.Where(v => v.ConfidantUserId == me)
            .Join(db.Reports, v => v.ReportId, r => r.Id, (v, r) => new { Vault = v, r.Reference, r.Status, r.ReceivedAt, r.HandoverExchangedAt }).OrderByDescending(x => x.ReceivedAt).ToListAsync();
        foreach (var item in filed)
        {
            Rows.Add(new Row(item.Reference, item.Status, item.ReceivedAt, crypto.Identity(item.Vault), item.Vault.ConsentToDesk, item.HandoverExchangedAt));
            db.RecordRead(nameof(ReporterIdentity), item.Vault.Id.ToString(), "Identiteit gelezen door de vertrouwenspersoon");
        }

        await db.SaveChangesAsync();
    }
}
