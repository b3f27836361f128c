using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// The investigation of one report under the protocol, after the decision to investigate: assignment
/// to an investigator who is not involved → informing the person concerned (when, by whom, the reason
/// for any delay) → interviews whose records the interviewee reads and corrects → the draft findings
/// put to the person concerned (hoor en wederhoor) → the report → the conclusion, which concludes the
/// case. Every step checks the steps before it and returns a named refusal; the rights it protects are
/// listed in <see cref="PersonConcernedRights"/>. Content (findings, reasons, records) is sealed with
/// the case key. Setters are private; made only by <see cref="Start"/>.
/// </summary>
public sealed partial class CaseInvestigation : ITenantOwned
{
    /// <summary>No code sets a term to react to draft findings; five days leaves room to consult an adviser.</summary>
    public const int ShortestReactionTerm = 5;

    public const int LongestText = 20_000;

    public const int LongestName = 200;

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public Guid ReportId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public InvestigatorKind? InvestigatorKind { get; private set; }

    public Guid? InvestigatorUserId { get; private set; }

    /// <summary>An outside bureau's name: counted in the annual report (internal or external, and the cost).</summary>
    public string? Bureau { get; private set; }

    public string? ExternalInvestigator { get; private set; }

    public decimal? Cost { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public Guid? AssignedByUserId { get; private set; }

    /// <summary>The person concerned: one of the report's involved people (the group of their tags), so their name stays sealed.</summary>
    public Guid? PersonConcernedGroup { get; private set; }

    public DateTimeOffset? PostponedAt { get; private set; }

    /// <summary>Why the person concerned is not informed yet (e.g. evidence could be lost), sealed.</summary>
    public byte[]? SealedPostponement { get; private set; }

    public DateOnly? InformedOn { get; private set; }

    /// <summary>Who told the person concerned (e.g. "de onderzoeker", "het hoofd P&amp;O").</summary>
    public string? InformedBy { get; private set; }

    public Guid? InformedRecordedByUserId { get; private set; }

    /// <summary>The reason the informing came later than the assignment, when no postponement was recorded first, sealed.</summary>
    public byte[]? SealedDelayReason { get; private set; }

    public DateTimeOffset? DraftSharedAt { get; private set; }

    public DateOnly? ReactionDueOn { get; private set; }

    public byte[]? SealedDraft { get; private set; }

    public DateTimeOffset? DraftReactionAt { get; private set; }

    public byte[]? SealedDraftReaction { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    public byte[]? SealedReport { get; private set; }

    public DateTimeOffset? ConcludedAt { get; private set; }

    public List<Interview> Interviews { get; } = [];

    public bool IsAssigned => AssignedAt is not null;

    public bool IsInformed => InformedOn is not null;

    /// <summary>
    /// Starts the protocol once the one the code names has decided to investigate (<see cref="Report.Decide"/>).
    /// <paramref name="running"/>: whether the report already has an investigation that is not concluded.
    /// </summary>
    public static Outcome<CaseInvestigation> Start(Report report, bool running, DateTimeOffset now)
    {
        if (report.Status != CaseStatus.Investigation || report.Investigate != true)
        {
            return new DecideToInvestigateFirst();
        }

        if (running)
        {
            return new InvestigationRunning();
        }

        return new CaseInvestigation { Id = Guid.CreateVersion7(), TenantId = report.TenantId, ReportId = report.Id, StartedAt = now };
    }

    /// <summary>
    /// An investigator of the municipality. <paramref name="assignable"/> are the accounts the case does not
    /// keep out (<see cref="InvestigatorCandidates"/>: not named in the report, not related to anyone named).
    /// </summary>
    public Refusal? AssignInternal(Guid investigator, IReadOnlyCollection<Guid> assignable, Guid by, DateTimeOffset now)
    {
        if (Open() is { } refusal)
        {
            return refusal;
        }

        if (!assignable.Contains(investigator))
        {
            return new InvestigatorInvolved();
        }

        (InvestigatorKind, InvestigatorUserId, AssignedAt, AssignedByUserId) = (Case.InvestigatorKind.Internal, investigator, now, by);
        return null;
    }

    /// <summary>
    /// An outside bureau. <paramref name="namedInReport"/>: the investigator's name matches someone the report
    /// names (the exclusion's <c>NameMatcher</c>); the bureau must also have declared it has no tie to those involved.
    /// </summary>
    public Refusal? AssignExternal(string? bureau, string? investigator, decimal? cost, bool declaredIndependent, bool namedInReport, Guid by, DateTimeOffset now)
    {
        if (Open() is { } refusal)
        {
            return refusal;
        }

        if (!Fits(bureau) || !Fits(investigator))
        {
            return new NameTheBureau();
        }

        if (cost is not { } euros || euros < 0 || euros > 10_000_000)
        {
            return new CostOutOfRange();
        }

        if (namedInReport)
        {
            return new InvestigatorInvolved();
        }

        if (!declaredIndependent)
        {
            return new DeclareIndependence();
        }

        (InvestigatorKind, Bureau, ExternalInvestigator, Cost, AssignedAt, AssignedByUserId) =
            (Case.InvestigatorKind.External, bureau!.Trim(), investigator!.Trim(), decimal.Round(euros, 2), now, by);
        return null;
    }

    /// <summary>Informing the person concerned waits, for a stated reason (the trail shows when); the interviews of others may then go on.</summary>
    public Refusal? Postpone(string? reason, Sealer seal, DateTimeOffset now)
    {
        if (Assigned() is { } refusal)
        {
            return refusal;
        }

        if (IsInformed)
        {
            return new AlreadyInformed();
        }

        if (StatedReason.Check(reason) is { } bad)
        {
            return bad;
        }

        (PostponedAt, SealedPostponement) = (now, seal(Id, "postponement", reason!.Trim()));
        return null;
    }

    /// <summary>
    /// The person concerned is told that they are investigated, about what, and their rights. Later than the
    /// day of the assignment needs a reason, unless a postponement was recorded before.
    /// </summary>
    public Refusal? Inform(Guid? personConcernedGroup, IReadOnlyCollection<Guid> involvedGroups, DateOnly? on, string? informedBy, bool rightsExplained,
        string? delayReason, Sealer seal, Guid recordedBy, DateTimeOffset now)
    {
        if (Assigned() is { } refusal)
        {
            return refusal;
        }

        if (IsInformed)
        {
            return new AlreadyInformed();
        }

        if (personConcernedGroup is not { } group || !involvedGroups.Contains(group))
        {
            return new ChoosePersonConcerned();
        }

        if (InDays(on, AssignedAt!.Value, now) is { } badDay)
        {
            return badDay;
        }

        if (!Fits(informedBy))
        {
            return new InformedByRequired();
        }

        if (!rightsExplained)
        {
            return new ExplainRightsFirst();
        }

        var late = on!.Value > DutchTime.Day(AssignedAt.Value) && PostponedAt is null;
        if (late && StatedReason.Check(delayReason) is not null)
        {
            return new GiveReasonForDelay();
        }

        (PersonConcernedGroup, InformedOn, InformedBy, InformedRecordedByUserId) = (group, on, informedBy!.Trim(), recordedBy);
        SealedDelayReason = late ? seal(Id, "delay", delayReason!.Trim()) : null;
        return null;
    }

    private Refusal? Open() =>
        ConcludedAt is not null ? (Refusal?)new InvestigationConcluded() : IsAssigned ? new InvestigatorAlreadyAssigned() : null;

    private Refusal? Assigned() =>
        ConcludedAt is not null ? (Refusal?)new InvestigationConcluded() : !IsAssigned ? new AssignInvestigatorFirst() : null;

    private static bool Fits(string? name) => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= LongestName;

    private static bool FitsText(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= LongestText;

    /// <summary>A day something happened: not after today (Dutch time), not before the protocol step it follows.</summary>
    private static Refusal? InDays(DateOnly? day, DateTimeOffset since, DateTimeOffset now) =>
        day is not { } d ? (Refusal?)new GiveTheDate()
        : d > DutchTime.Day(now) ? new DateNotInFuture()
        : d < DutchTime.Day(since) ? new DateBeforeStart()
        : null;
}
