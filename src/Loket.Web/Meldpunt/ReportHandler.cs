using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt;

/// <summary>
/// A desk member handling a case. Access is earned, never taken by role: either another integrity
/// officer (the coordinator) assigned them (<see cref="AssignedByUserId"/>), or they took an unassigned
/// case with a written <see cref="Reason"/>. Both are in the row and in the audit trail.
/// </summary>
public sealed class ReportHandler : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>The officer who assigned this handler; null when they took the case themselves.</summary>
    public Guid? AssignedByUserId { get; set; }

    /// <summary>Why they took the case themselves (10–500 characters); null when assigned.</summary>
    public string? Reason { get; set; }
}

/// <summary>Access to a case by someone not assigned, with the reason they gave (audited).</summary>
public sealed class AccessGrant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public Guid UserId { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// A person named as involved, as a keyed tag of their employee id: enough to keep them out of the
/// case, useless to whoever steals the database without the key file.
/// </summary>
public sealed class InvolvedTag : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public required string Tag { get; set; }
}

/// <summary>A reminder or escalation that was sent, so the job sends each once.</summary>
public sealed class ClockNotice : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public required string Clock { get; set; }

    public required string Level { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
