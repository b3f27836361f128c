using Loket.Policy;

namespace Loket.Web.PolicyVersions;

/// <summary>
/// A stored version next to the approved version it replaces on its effective date (the one in force the
/// day before), and the approved version that replaces it later, if any. Both are parsed from the stored
/// text with the same validator as everywhere, so the changes are those of the compiled codes.
/// </summary>
public sealed record VersionComparison(PolicyVersion? Self, StoredPolicy? Before, IReadOnlyList<PolicyChange> Changes, StoredPolicy? Next)
{
    public static VersionComparison Of(StoredPolicy version, IReadOnlyList<StoredPolicy> approvedOthers)
    {
        var self = Parse(version);
        var before = approvedOthers.Where(a => a.EffectiveFrom < version.EffectiveFrom).MaxBy(a => a.EffectiveFrom);
        var next = approvedOthers.Where(a => a.EffectiveFrom > version.EffectiveFrom).MinBy(a => a.EffectiveFrom);
        var changes = self is not null && before is not null && Parse(before) is { } old ? PolicyDifference.Between(old, self) : [];
        return new VersionComparison(self, before, changes, next);
    }

    private static PolicyVersion? Parse(StoredPolicy stored) => PolicyFile.Parse(stored.Content, stored.FileName, stored.PolicySlug).Policy;
}
