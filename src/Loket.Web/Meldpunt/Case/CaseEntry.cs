using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// A message, note, interview record, transcript or decision in a case. Its text (and any file)
/// is sealed with the case's data key; the row shows only what kind it is and when.
/// </summary>
public sealed class CaseEntry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public EntryKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The desk member who wrote it; null when the reporter wrote it.</summary>
    public Guid? AuthorUserId { get; set; }

    public required byte[] SealedText { get; set; }

    public byte[]? SealedFileName { get; set; }

    public byte[]? SealedFile { get; set; }

    /// <summary>The file's size before sealing, for the quotas (the sealed length says as much).</summary>
    public long? FileBytes { get; set; }

    /// <summary>A message to the reporter that is the legally required feedback (Wbk art. 2).</summary>
    public bool IsFeedback { get; set; }

    /// <summary>For a transcript: when the reporter confirmed it as correct (directive art. 18).</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The reporter confirms a transcript once; a second confirmation keeps the first moment.</summary>
    public void Confirm(DateTimeOffset now) => ConfirmedAt ??= now;
}
