using Loket.Web.Identity;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// A report of a suspected integrity violation or wrong, and the case that handles it. Every step is
/// a method that checks the current state; an expected refusal comes back as a named <see cref="Refusal"/>
/// (see CaseRefusals), null is success. It is made only by <see cref="Open"/> (through ReportIntake,
/// whatever the channel) and its setters are private.
/// The report text is sealed with a per-case data key that is stored only wrapped by the key file's KEK.
/// </summary>
public sealed partial class Report : ITenantOwned
{
    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    /// <summary>Short reference for talking about a case without naming anyone, e.g. "M-7K3Q9P".</summary>
    public string Reference { get; private set; } = string.Empty;

    public ReportCategory Category { get; private set; }

    public ReportChannel Channel { get; private set; }

    public CaseStatus Status { get; private set; } = CaseStatus.Received;

    public bool HighPriority { get; private set; }

    /// <summary>For a retaliation report: the case it is linked to.</summary>
    public Guid? RelatedReportId { get; private set; }

    /// <summary>When it happened, if the reporter says; where a code sets a complaint term (the LKOG's two years, 's-Hertogenbosch 2.4) it runs from here.</summary>
    public DateOnly? EventDate { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? FeedbackAt { get; private set; }

    public bool? Investigate { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public DateTimeOffset? ConcludedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int TimesReopened { get; private set; }

    public DateTimeOffset? ReviewRequestedAt { get; private set; }

    /// <summary>Ticked forms of retaliation from the Leiden 8.3 checklist, as flags; only for a code that has that list.</summary>
    public RetaliationForm RetaliationForms { get; private set; }

    public string KeyId { get; private set; } = string.Empty;

    public byte[] WrappedKey { get; private set; } = [];

    public byte[] SealedText { get; private set; } = [];

    /// <summary>The names as the reporter typed them (sealed); matched employees are also in <see cref="Involved"/>.</summary>
    public byte[]? SealedInvolved { get; private set; }

    /// <summary>Slow hash of the receipt code (see ReceiptCodes); unique, so a code finds its case in one look-up.</summary>
    public byte[]? ReceiptHash { get; private set; }

    /// <summary>
    /// The receipt code is a handover code: staff saw it (an oral report, a confidant filing on someone's
    /// behalf). It opens nothing but the exchange for a code of the reporter's own, which only the
    /// reporter sees; until then nobody can read, confirm or consent with it.
    /// </summary>
    public bool ReceiptIsHandover { get; private set; }

    /// <summary>The handover code's hash once exchanged, so a second use is told when it was used.</summary>
    public byte[]? SpentHandoverHash { get; private set; }

    public DateTimeOffset? HandoverExchangedAt { get; private set; }

    /// <summary>Keyed tag of the named reporter's user id, so they find their reports without the database saying who they are.</summary>
    public string? ReporterTag { get; private set; }

    public List<ReportHandler> Handlers { get; } = [];

    public List<InvolvedTag> Involved { get; } = [];

    public List<CaseEntry> Entries { get; } = [];

    public bool IsOpen => Status != CaseStatus.Closed;

    /// <summary>
    /// The one way a report comes into being. The text is already sealed under the case's own data key
    /// (CaseCrypto), bound to <paramref name="id"/>; retaliation is high priority from the start.
    /// </summary>
    public static Report Open(Guid id, Guid tenantId, string reference, ReportCategory category, ReportChannel channel, DateTimeOffset receivedAt,
        string keyId, byte[] wrappedKey, byte[] sealedText) => new()
        {
            Id = id,
            TenantId = tenantId,
            Reference = reference,
            Category = category,
            Channel = channel,
            HighPriority = category == ReportCategory.Retaliation,
            ReceivedAt = receivedAt,
            KeyId = keyId,
            WrappedKey = wrappedKey,
            SealedText = sealedText,
        };

    /// <summary>What the reporter told besides the text, at intake: the day it happened, the case it is linked to, the typed names (sealed).</summary>
    public void Describe(DateOnly? eventDate, Guid? relatedReportId, byte[]? sealedInvolved) =>
        (EventDate, RelatedReportId, SealedInvolved) = (eventDate, relatedReportId, sealedInvolved);

    /// <summary>A named reporter's tag, so they find the report (and its retaliation reports) on "Mijn meldingen".</summary>
    public void FollowedBy(string? reporterTag) => ReporterTag = reporterTag;

    /// <summary>The receipt code's slow hash; a handover code when staff saw the code.</summary>
    public void IssueReceipt(byte[] hash, bool handover) => (ReceiptHash, ReceiptIsHandover) = (hash, handover);

    /// <summary>The handover code is spent and replaced by the reporter's own code, which only the reporter saw.</summary>
    public void ExchangeHandover(byte[] ownCodeHash, DateTimeOffset now) =>
        (SpentHandoverHash, HandoverExchangedAt, ReceiptHash, ReceiptIsHandover) = (ReceiptHash, now, ownCodeHash, false);

    /// <summary>The data key wrapped again under a new key-encryption key (key rotation); the content is untouched.</summary>
    public void Rewrap(string keyId, byte[] wrappedKey) => (KeyId, WrappedKey) = (keyId, wrappedKey);

    public Refusal? Acknowledge(DateTimeOffset now)
    {
        if (Status != CaseStatus.Received)
        {
            return new AlreadyAcknowledged();
        }

        (Status, AcknowledgedAt) = (CaseStatus.Acknowledged, now);
        return null;
    }

    public Refusal? StartIntake()
    {
        if (Status != CaseStatus.Acknowledged)
        {
            return Status == CaseStatus.Received ? new AcknowledgeFirst() : new IntakeAlreadyStarted();
        }

        Status = CaseStatus.Intake;
        return null;
    }

    /// <summary>Whether this person may take the decision on an investigation: the one the municipality's code names.</summary>
    public static Refusal? MayDecide(Role roles, Procedures.Procedure procedure) =>
        (roles & procedure.Decider) != 0 ? null : new NotTheDecider(procedure.DeciderName, procedure.DeciderSource);

    public Refusal? Decide(bool investigate, Role roles, Procedures.Procedure procedure, DateTimeOffset now)
    {
        if (MayDecide(roles, procedure) is { } refusal)
        {
            return refusal;
        }

        if (Status != CaseStatus.Intake)
        {
            return new DecideAfterIntake();
        }

        (Investigate, DecidedAt) = (investigate, now);
        if (investigate)
        {
            Status = CaseStatus.Investigation;
        }
        else
        {
            (Status, Outcome, ConcludedAt) = (CaseStatus.Concluded, CaseOutcome.NotInvestigated, now);
        }

        return null;
    }

    public Refusal? Conclude(CaseOutcome outcome, DateTimeOffset now)
    {
        if (Status != CaseStatus.Investigation || outcome == CaseOutcome.NotInvestigated)
        {
            return new ConcludeAfterInvestigation();
        }

        (Status, Outcome, ConcludedAt) = (CaseStatus.Concluded, outcome, now);
        return null;
    }

    /// <summary>Feedback to the reporter (Wbk art. 2): only once the receipt is acknowledged.</summary>
    public Refusal? RecordFeedback(DateTimeOffset now)
    {
        if (AcknowledgedAt is null)
        {
            return new FeedbackAfterAcknowledgement();
        }

        FeedbackAt ??= now;
        return null;
    }

    public Refusal? Close(DateTimeOffset now)
    {
        if (Status != CaseStatus.Concluded)
        {
            return new CloseAfterConclusion();
        }

        if (FeedbackAt is null)
        {
            return new FeedbackBeforeClosing();
        }

        if (MissingForClosing() is { } missing)
        {
            return missing;
        }

        (Status, ClosedAt) = (CaseStatus.Closed, now);
        return null;
    }

    /// <summary>Back to the preliminary inquiry, e.g. after new facts or a review by the gemeentesecretaris.</summary>
    public Refusal? Reopen()
    {
        if (Status != CaseStatus.Closed)
        {
            return new OnlyClosedReopens();
        }

        (Status, ClosedAt, Outcome, ConcludedAt, Investigate, DecidedAt) = (CaseStatus.Intake, null, null, null, null, null);
        TimesReopened++;
        return null;
    }

    /// <summary>Whether this person hears a complaint about a decision not to investigate, per the municipality's code.</summary>
    public static Refusal? MayDecideAfterComplaint(Role roles, Procedures.Procedure procedure) =>
        procedure.Review.MayInvestigateAfterAll && (roles & procedure.Review.To) != 0 ? null : new NotTheReviewer(procedure.Review.Addressee, procedure.Review.Source);

    /// <summary>
    /// After a complaint about a decision not to investigate, the one the code names decides whether an
    /// investigation comes after all ('s-Hertogenbosch 10.2: "Die bepaalt of er alsnog een onderzoek nodig is").
    /// </summary>
    public Refusal? DecideAfterComplaint(bool investigate, Role roles, Procedures.Procedure procedure, DateTimeOffset now)
    {
        if (MayDecideAfterComplaint(roles, procedure) is { } refusal)
        {
            return refusal;
        }

        if (ReviewRequestedAt is null || Investigate != false)
        {
            return new NoComplaintAboutNotInvestigating();
        }

        if (investigate)
        {
            (Status, Investigate, DecidedAt, Outcome, ConcludedAt, ClosedAt) = (CaseStatus.Investigation, true, now, null, null, null);
        }

        return null;
    }

    public Refusal? RequestReview(DateTimeOffset now)
    {
        if (ReviewRequestedAt is not null && Status == CaseStatus.Closed)
        {
            return new ReviewAlreadyRequested();
        }

        ReviewRequestedAt = now;
        return null;
    }
}
