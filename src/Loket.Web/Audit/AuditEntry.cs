namespace Loket.Web.Audit;

/// <summary>
/// One link of the append-only, hash-chained audit trail. Each entry's hash (an HMAC under the key
/// file) covers its own fields and the previous entry's hash, so editing or deleting any row breaks
/// the chain from there on, and without the key file nobody can recompute it.
/// Summaries name what changed (entity, properties), never confidential values. Each municipality
/// has its own chain (<see cref="AuditChain"/>); the sequence counts within the chain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The municipality whose chain this is, or <see cref="Guid.Empty"/> for the installation's.</summary>
    public Guid Chain { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? TenantId { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorName { get; set; }

    public required string Action { get; set; }

    public required string Entity { get; set; }

    public required string EntityId { get; set; }

    public required string Summary { get; set; }

    /// <summary>How <see cref="Hash"/> was made: <see cref="AuditHash.Keyed"/>, the only format the verifier accepts.</summary>
    public int HashVersion { get; set; } = AuditHash.Keyed;

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
