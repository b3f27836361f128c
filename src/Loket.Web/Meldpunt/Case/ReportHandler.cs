using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// A desk member handling a case. Access is earned, never taken by role: either another integrity
/// officer (the coordinator) assigned them (<see cref="AssignedByUserId"/>), or they took an unassigned
/// case with a written <see cref="Reason"/>. Both are in the row and in the audit trail.
/// </summary>
public sealed class ReportHandler : ITenantOwned
{
    // No id until EF adds it: a handler joins through Report.Handlers, and EF takes a new row found
    // there for an existing one (an UPDATE of nothing) when its key is already set.
    public Guid Id { get; set; }

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
/// A person named as involved, as a keyed tag of their employee id or their account: enough to keep
/// them out of the case, useless to whoever steals the database without the key file. A person who
/// is only possibly meant (a first name, a typo, a name in the text) is excluded all the same until
/// an officer who can see the case resolves it; the tags of one person share a <see cref="Group"/>.
/// </summary>
public sealed class InvolvedTag : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public required string Tag { get; set; }

    /// <summary>Random per person per report: an employee's and an account's tag of the same person move together.</summary>
    public Guid Group { get; set; }

    /// <summary>Named exactly (full name, number, user name, picked from the list) or only possibly.</summary>
    public bool Possible { get; set; }

    /// <summary>Who this is and what pointed at them, sealed with the case's key (see CaseCrypto.SealNote).</summary>
    public byte[]? SealedNote { get; set; }

    /// <summary>Copied from the case this one is linked to (retaliation, or any other link).</summary>
    public Guid? InheritedFromReportId { get; set; }

    /// <summary>Null until resolved; false once an officer who is not a candidate recorded that the reporter did not mean them.</summary>
    public bool? Meant { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public Guid? ResolvedByUserId { get; private set; }

    /// <summary>Whether this tag keeps its person out of the case: always, unless resolved as not meant.</summary>
    public bool Excludes => Meant != false;

    public Refusal? Resolve(bool meant, Guid officer, DateTimeOffset now)
    {
        if (Meant is not null)
        {
            return new AlreadyResolved();
        }

        (Meant, ResolvedAt, ResolvedByUserId) = (meant, now, officer);
        return null;
    }
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
