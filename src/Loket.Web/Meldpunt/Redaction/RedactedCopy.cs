using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// A redacted copy of the report text or a case document, for one recipient and one purpose. Its text
/// is new content with the hidden passages replaced (never an overlay on the original, which stays as
/// it was); text, recipient and purpose are sealed with the case's data key like the rest of the case.
/// The row says who made it, when, of what and for which kind of recipient, and is written to the
/// audit trail when it is made.
/// </summary>
public sealed class RedactedCopy : ITenantOwned
{
    private RedactedCopy()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; private set; }

    public CopySource Source { get; private set; }

    /// <summary>The case entry copied (its text or its file); null for the report text.</summary>
    public Guid? EntryId { get; private set; }

    public RecipientKind Recipient { get; private set; }

    /// <summary>Who exactly receives it ("Politie Hollands Midden, rechercheur"), sealed; required for <see cref="RecipientKind.Other"/>.</summary>
    public byte[]? SealedRecipientName { get; set; }

    public byte[] SealedPurpose { get; set; } = [];

    public byte[] SealedText { get; set; } = [];

    /// <summary>How many passages the copy hides, to show without opening it.</summary>
    public int HiddenPassages { get; private set; }

    public Guid MadeByUserId { get; private set; }

    public DateTimeOffset MadeAt { get; private set; }

    /// <summary>The record of a copy; the caller seals its text, recipient and purpose (<see cref="CopySeal"/>).</summary>
    public static RedactedCopy Make(Guid tenantId, Guid reportId, CopySource source, Guid? entryId, RecipientKind recipient, int hidden, Guid madeBy, DateTimeOffset now) =>
        new()
        {
            TenantId = tenantId,
            ReportId = reportId,
            Source = source,
            EntryId = entryId,
            Recipient = recipient,
            HiddenPassages = hidden,
            MadeByUserId = madeBy,
            MadeAt = now,
        };
}

/// <summary>What a copy was made of.</summary>
public enum CopySource
{
    ReportText,
    EntryText,
    EntryFile,
}

/// <summary>Whom a copy is for (issue 17 point 6): the person it concerns, an investigator, the police, or someone else described in words.</summary>
public enum RecipientKind
{
    PersonConcerned,
    Investigator,
    Police,
    Other,
}

public static class RecipientKinds
{
    public static string Dutch(this RecipientKind kind) => kind switch
    {
        RecipientKind.PersonConcerned => "de betrokkene (over wie de melding gaat)",
        RecipientKind.Investigator => "een onderzoeker",
        RecipientKind.Police => "de politie",
        _ => "een andere ontvanger",
    };
}
