using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// A report of a suspected integrity violation or wrong, and the case that handles it. Every step is
/// a method that checks the current state; an expected refusal comes back as Dutch text, null is success.
/// The report text is sealed with a per-case data key that is stored only wrapped by the key file's KEK.
/// </summary>
public sealed class Report : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Short reference for talking about a case without naming anyone, e.g. "M-7K3Q9P".</summary>
    public required string Reference { get; set; }

    public ReportCategory Category { get; set; }

    public ReportChannel Channel { get; set; }

    public CaseStatus Status { get; private set; } = CaseStatus.Received;

    public bool HighPriority { get; set; }

    /// <summary>For a retaliation report: the case it is linked to.</summary>
    public Guid? RelatedReportId { get; set; }

    /// <summary>When it happened, if the reporter says; where a code sets a complaint term (the LKOG's two years, 's-Hertogenbosch 2.4) it runs from here.</summary>
    public DateOnly? EventDate { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

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
    public RetaliationForm RetaliationForms { get; set; }

    public required string KeyId { get; set; }

    public required byte[] WrappedKey { get; set; }

    public required byte[] SealedText { get; set; }

    /// <summary>The names as the reporter typed them (sealed); matched employees are also in <see cref="Involved"/>.</summary>
    public byte[]? SealedInvolved { get; set; }

    /// <summary>Slow hash of the receipt code (see ReceiptCodes); unique, so a code finds its case in one look-up.</summary>
    public byte[]? ReceiptHash { get; set; }

    /// <summary>
    /// The receipt code is a handover code: staff saw it (an oral report, a confidant filing on someone's
    /// behalf). It opens nothing but the exchange for a code of the reporter's own, which only the
    /// reporter sees; until then nobody can read, confirm or consent with it.
    /// </summary>
    public bool ReceiptIsHandover { get; set; }

    /// <summary>The handover code's hash once exchanged, so a second use is told when it was used.</summary>
    public byte[]? SpentHandoverHash { get; set; }

    public DateTimeOffset? HandoverExchangedAt { get; set; }

    /// <summary>Keyed tag of the named reporter's user id, so they find their reports without the database saying who they are.</summary>
    public string? ReporterTag { get; set; }

    public List<ReportHandler> Handlers { get; } = [];

    public List<InvolvedTag> Involved { get; } = [];

    public List<CaseEntry> Entries { get; } = [];

    public bool IsOpen => Status != CaseStatus.Closed;

    public string? Acknowledge(DateTimeOffset now)
    {
        if (Status != CaseStatus.Received)
        {
            return "De ontvangst van deze melding is al bevestigd.";
        }

        (Status, AcknowledgedAt) = (CaseStatus.Acknowledged, now);
        return null;
    }

    public string? StartIntake()
    {
        if (Status != CaseStatus.Acknowledged)
        {
            return Status == CaseStatus.Received ? "Bevestig eerst de ontvangst." : "Het vooronderzoek is al gestart.";
        }

        Status = CaseStatus.Intake;
        return null;
    }

    public string? Decide(bool investigate, DateTimeOffset now)
    {
        if (Status != CaseStatus.Intake)
        {
            return "Over een onderzoek wordt besloten na het vooronderzoek.";
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

    public string? Conclude(CaseOutcome outcome, DateTimeOffset now)
    {
        if (Status != CaseStatus.Investigation || outcome == CaseOutcome.NotInvestigated)
        {
            return "Een conclusie volgt op een onderzoek.";
        }

        (Status, Outcome, ConcludedAt) = (CaseStatus.Concluded, outcome, now);
        return null;
    }

    /// <summary>Feedback to the reporter (Wbk art. 2): only once the receipt is acknowledged.</summary>
    public string? RecordFeedback(DateTimeOffset now)
    {
        if (AcknowledgedAt is null)
        {
            return "Bevestig eerst de ontvangst; terugkoppeling volgt daarna.";
        }

        FeedbackAt ??= now;
        return null;
    }

    public string? Close(DateTimeOffset now)
    {
        if (Status != CaseStatus.Concluded)
        {
            return "Sluit een dossier na de conclusie of het besluit niet te onderzoeken.";
        }

        if (FeedbackAt is null)
        {
            return "Geef de melder eerst terugkoppeling; de wet vraagt dat binnen drie maanden na de ontvangstbevestiging.";
        }

        (Status, ClosedAt) = (CaseStatus.Closed, now);
        return null;
    }

    /// <summary>Back to the preliminary inquiry, e.g. after new facts or a review by the gemeentesecretaris.</summary>
    public string? Reopen()
    {
        if (Status != CaseStatus.Closed)
        {
            return "Alleen een gesloten dossier kan worden heropend.";
        }

        (Status, ClosedAt, Outcome, ConcludedAt, Investigate, DecidedAt) = (CaseStatus.Intake, null, null, null, null, null);
        TimesReopened++;
        return null;
    }

    /// <summary>
    /// After a complaint about a decision not to investigate, the one the code names decides whether an
    /// investigation comes after all ('s-Hertogenbosch 10.2: "Die bepaalt of er alsnog een onderzoek nodig is").
    /// </summary>
    public string? DecideAfterComplaint(bool investigate, DateTimeOffset now)
    {
        if (ReviewRequestedAt is null || Investigate != false)
        {
            return "Over alsnog onderzoeken wordt beslist na een klacht over een besluit om niet te onderzoeken.";
        }

        if (investigate)
        {
            (Status, Investigate, DecidedAt, Outcome, ConcludedAt, ClosedAt) = (CaseStatus.Investigation, true, now, null, null, null);
        }

        return null;
    }

    public string? RequestReview(DateTimeOffset now)
    {
        if (ReviewRequestedAt is not null && Status == CaseStatus.Closed)
        {
            return "Je hebt al om heroverweging gevraagd.";
        }

        ReviewRequestedAt = now;
        return null;
    }
}
