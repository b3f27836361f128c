using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.PolicyVersions;

/// <summary>How the pages describe a stored version: its state today, who uploaded it, who decided.</summary>
internal static class VersionWords
{
    public static async Task<Dictionary<Guid, string>> NamesAsync(LoketDbContext db, IEnumerable<StoredPolicy> versions)
    {
        var ids = versions.SelectMany(v => new[] { v.UploadedByUserId, v.DecidedByUserId }).OfType<Guid>().Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
    }

    public static string State(StoredPolicy version, string? versionInForce, DateOnly today) => version.Status switch
    {
        StoredPolicyStatus.Pending => "Wacht op goedkeuring",
        StoredPolicyStatus.Rejected => version.DecidedByUserId == version.UploadedByUserId ? "Ingetrokken" : "Afgewezen",
        _ when versionInForce == version.Version => "Geldt nu",
        _ when version.EffectiveFrom > today => $"Gaat in op {DutchTime.Written(version.EffectiveFrom)}",
        _ => "Vervangen",
    };

    public static string Uploaded(StoredPolicy version, IReadOnlyDictionary<Guid, string> names) =>
        version.UploadedByUserId is { } by
            ? $"{names.GetValueOrDefault(by, "onbekend")}, {DutchTime.DateTime(version.UploadedAt)}"
            : $"Ingelezen uit de map van de installatie ({version.FileName}), {DutchTime.DateTime(version.UploadedAt)}";

    public static string? Decided(StoredPolicy version, IReadOnlyDictionary<Guid, string> names) =>
        version.DecidedByUserId is { } by && version.DecidedAt is { } at ? $"{names.GetValueOrDefault(by, "onbekend")}, {DutchTime.DateTime(at)}" : null;
}
