using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// `loket keys rotate`: a new key-encryption key joins the key file and every data key (cases and
/// identity vault) is re-wrapped under it in one transaction. The content itself is not re-encrypted;
/// the old KEK can be removed from the file once no row names it.
/// </summary>
public sealed class KeyRotation(LoketDbContext db, KeyRing ring, CaseCrypto crypto, TimeProvider time)
{
    public async Task<(string KeyId, int Rewrapped)> RotateAsync(CancellationToken cancellationToken = default)
    {
        var keyId = ring.AddKey(time.GetUtcNow());
        var count = 0;
        foreach (var report in await db.Reports.IgnoreQueryFilters().Where(r => r.KeyId != keyId).ToListAsync(cancellationToken))
        {
            var (newKeyId, wrapped) = crypto.Rewrap(report.KeyId, report.WrappedKey);
            report.Rewrap(newKeyId, wrapped);
            count++;
        }

        foreach (var vault in await db.ReporterIdentities.IgnoreQueryFilters().Where(v => v.KeyId != keyId).ToListAsync(cancellationToken))
        {
            (vault.KeyId, vault.WrappedKey) = crypto.Rewrap(vault.KeyId, vault.WrappedKey);
            count++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (keyId, count);
    }
}
