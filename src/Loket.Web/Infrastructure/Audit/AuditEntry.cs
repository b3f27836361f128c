namespace Loket.Web.Infrastructure.Audit;

/// <summary>
/// One link of the append-only, hash-chained audit trail. Each entry's hash covers its own fields
/// and the previous entry's hash, so editing or deleting any row breaks the chain from there on.
/// Summaries name what changed (entity, properties), never confidential values.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? TenantId { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorName { get; set; }

    public required string Action { get; set; }

    public required string Entity { get; set; }

    public required string EntityId { get; set; }

    public required string Summary { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
