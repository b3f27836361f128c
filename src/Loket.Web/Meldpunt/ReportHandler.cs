using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt;

/// <summary>A desk member assigned to a case: the only people who see its content without a recorded reason.</summary>
public sealed class ReportHandler : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset AssignedAt { get; set; }
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
