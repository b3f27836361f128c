using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// `loket keys status`: for every key-encryption key, how many data keys (cases and identity vaults)
/// it still wraps. A key that wraps nothing may leave the file; a key a row names but the file lacks
/// means those rows cannot be opened.
/// </summary>
public sealed class KeyStatus(LoketDbContext db, KeyRing ring)
{
    public sealed record Line(string KeyId, bool InFile, bool Current, int Reports, int Identities);

    public async Task<IReadOnlyList<Line>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var reports = await db.Reports.IgnoreQueryFilters().GroupBy(r => r.KeyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var identities = await db.ReporterIdentities.IgnoreQueryFilters().GroupBy(v => v.KeyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var inFile = ring.KeyIds;
        var unknown = reports.Keys.Union(identities.Keys).Except(inFile).Order(StringComparer.Ordinal);
        return [.. inFile.Concat(unknown).Select(id => new Line(id, inFile.Contains(id), id == inFile[^1], reports.GetValueOrDefault(id), identities.GetValueOrDefault(id)))];
    }

    public static string Describe(Line line) =>
        $"{line.KeyId}{(line.Current ? " (verpakt nieuwe sleutels)" : "")}: {line.Reports} dossier(s), {line.Identities} identiteit(en)"
        + (!line.InFile ? " — ONTBREEKT in het sleutelbestand: deze rijen zijn niet te openen"
            : !line.Current && line.Reports + line.Identities == 0 ? " — verpakt niets meer en mag uit het bestand" : "");
}
