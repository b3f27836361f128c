using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// One interview of an investigation. The record and the interviewee's reaction are sealed with the
/// case key; the reaction (a correction or addition) is kept beside the record, never written over it.
/// Changed only through <see cref="Investigation"/>.
/// </summary>
public sealed class Interview : ITenantOwned
{
    public Guid Id { get; internal set; }

    public Guid TenantId { get; set; }

    public Guid InvestigationId { get; internal set; }

    public IntervieweeRole Role { get; internal set; }

    public DateOnly HeldOn { get; internal set; }

    /// <summary>Whether the interviewee brought an adviser or counsel (bijstand), a right of the person concerned.</summary>
    public bool AdviserPresent { get; internal set; }

    /// <summary>Who was heard (and their adviser, if any), sealed: names in a case are content.</summary>
    public byte[] SealedInterviewee { get; internal set; } = [];

    public byte[] SealedRecord { get; internal set; } = [];

    public Guid RecordedByUserId { get; internal set; }

    public DateTimeOffset RecordedAt { get; internal set; }

    public DateTimeOffset? ShownAt { get; internal set; }

    public RecordShownHow? ShownHow { get; internal set; }

    public DateTimeOffset? ReactedAt { get; internal set; }

    /// <summary>The interviewee agrees with the record as it stands (their corrections beside it).</summary>
    public bool? AgreesWithRecord { get; internal set; }

    public byte[]? SealedCorrection { get; internal set; }
}
