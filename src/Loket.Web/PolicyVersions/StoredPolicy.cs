using System.Security.Cryptography;
using System.Text;
using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.PolicyVersions;

public enum StoredPolicyStatus
{
    /// <summary>Uploaded by an administrator, waiting for an integrity officer.</summary>
    Pending,

    /// <summary>In the engine's catalogue: judged declarations from its effective date on.</summary>
    Approved,

    /// <summary>Rejected by an officer, or withdrawn by its uploader; kept for the record.</summary>
    Rejected,
}

/// <summary>
/// One version of a code of conduct (policy file) as the database keeps it: the text exactly as uploaded,
/// its hash, who uploaded and who decided. Only approved versions reach the engine. A version is uploaded
/// by an administrator and approved by an integrity officer who is not the uploader (four eyes); it takes
/// effect tomorrow at the earliest, so no declaration already judged today changes its version; and no two
/// versions of one code share an effective date or a version name.
/// </summary>
public sealed class StoredPolicy
{
    private StoredPolicy()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The code this is a version of: the municipality's <c>PolicySlug</c> and the file's <c>tenant</c>.</summary>
    public string PolicySlug { get; private set; } = "";

    public string Version { get; private set; } = "";

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The file's text, byte for byte what was uploaded (or read from the folder), so the approved text is the judged text.</summary>
    public string Content { get; private set; } = "";

    /// <summary>SHA-256 of <see cref="Content"/> in UTF-8, hex: what an officer can compare with the file she was sent.</summary>
    public string ContentHash { get; private set; } = "";

    /// <summary>The uploaded file's name; for a version read from the folder, its path under policies/.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>Null for a version read from the installation's folder.</summary>
    public Guid? UploadedByUserId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public StoredPolicyStatus Status { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    /// <summary>When approved or rejected; for a version from the folder, when it was read in.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public bool IsFromFolder => UploadedByUserId is null;

    /// <summary>A version from the installation's folder, approved by being shipped; its id follows from code and version, so two nodes seeding at once collide instead of doubling it.</summary>
    public static StoredPolicy FromFolder(PolicyVersion policy, string content, string fileName, DateTimeOffset now) => new()
    {
        Id = SeedId(policy.Tenant, policy.Version),
        PolicySlug = policy.Tenant,
        Version = policy.Version,
        EffectiveFrom = policy.EffectiveFrom,
        Content = content,
        ContentHash = Hash(content),
        FileName = fileName,
        UploadedAt = now,
        Status = StoredPolicyStatus.Approved,
        DecidedAt = now,
    };

    /// <summary>
    /// A new version waiting for approval, or why it cannot be one. <paramref name="typedDate"/> is the date
    /// the administrator typed: it must be the file's own <c>effective-from</c>, so a copied file whose date
    /// was not changed is caught before anyone approves it.
    /// </summary>
    public static Outcome<StoredPolicy> Upload(
        PolicyVersion policy, string content, string fileName, DateOnly typedDate, IReadOnlyList<StoredPolicy> history, Guid uploader, DateOnly today, DateTimeOffset now)
    {
        if (typedDate != policy.EffectiveFrom)
        {
            return new DateDiffersFromFile(policy.EffectiveFrom, typedDate);
        }

        if (NotAhead(policy.EffectiveFrom, today) is { } late)
        {
            return late;
        }

        var live = history.Where(h => h.PolicySlug == policy.Tenant && h.Status != StoredPolicyStatus.Rejected).ToList();
        if (live.FirstOrDefault(h => h.EffectiveFrom == policy.EffectiveFrom) is { } sameDay)
        {
            return new EffectiveDateTaken(sameDay.Version, sameDay.EffectiveFrom, sameDay.Status);
        }

        if (live.Any(h => h.Version == policy.Version))
        {
            return new VersionTaken(policy.Version);
        }

        return new StoredPolicy
        {
            PolicySlug = policy.Tenant,
            Version = policy.Version,
            EffectiveFrom = policy.EffectiveFrom,
            Content = content,
            ContentHash = Hash(content),
            FileName = fileName,
            UploadedByUserId = uploader,
            UploadedAt = now,
            Status = StoredPolicyStatus.Pending,
        };
    }

    /// <summary>Puts the version in force from its date, or says why this person may not (now).</summary>
    public Refusal? Approve(Guid approver, Role approverRoles, IReadOnlyList<StoredPolicy> approved, DateOnly today, DateTimeOffset now)
    {
        if (Status != StoredPolicyStatus.Pending)
        {
            return new PolicyAlreadyDecided();
        }

        if ((approverRoles & Role.IntegrityOfficer) == 0)
        {
            return new NotAnIntegrityOfficer();
        }

        if (approver == UploadedByUserId)
        {
            return new OwnUpload();
        }

        if (NotAhead(EffectiveFrom, today) is { } late)
        {
            return late;
        }

        if (approved.FirstOrDefault(a => a.Id != Id && a.PolicySlug == PolicySlug && a.Status == StoredPolicyStatus.Approved && a.EffectiveFrom == EffectiveFrom) is { } sameDay)
        {
            return new EffectiveDateTaken(sameDay.Version, sameDay.EffectiveFrom, sameDay.Status);
        }

        (Status, DecidedByUserId, DecidedAt) = (StoredPolicyStatus.Approved, approver, now);
        return null;
    }

    /// <summary>An officer rejects, or the uploader withdraws; either way with a reason the other reads.</summary>
    public Refusal? Reject(Guid user, Role roles, string? reason, DateTimeOffset now)
    {
        if (Status != StoredPolicyStatus.Pending)
        {
            return new PolicyAlreadyDecided();
        }

        if ((roles & Role.IntegrityOfficer) == 0 && user != UploadedByUserId)
        {
            return new NotAllowedToRejectPolicy();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ReasonLength)
        {
            return new RejectionReasonMissing();
        }

        (Status, DecidedByUserId, DecidedAt, RejectionReason) = (StoredPolicyStatus.Rejected, user, now, reason.Trim());
        return null;
    }

    public const int ReasonLength = 500;

    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    // Loket.Policy's catalogue picks a version by date; a version starting today would change the verdict
    // of declarations already judged today, so the first day a new version may start is tomorrow.
    private static EffectiveDateNotAhead? NotAhead(DateOnly effective, DateOnly today) =>
        effective > today ? null : new EffectiveDateNotAhead(today.AddDays(1));

    private static Guid SeedId(string slug, string version)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"policies/{slug}/{version}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
