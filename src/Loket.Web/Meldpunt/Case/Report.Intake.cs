using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Meldpunt.Case;

// Issue 17: the route a report took before it reached the desk, the counted record of the case (at intake
// and at closure), and what the reporter is told about a decision not to investigate and about the outcome.
public sealed partial class Report
{
    /// <summary>The highest cost of an external bureau the desk records; anything above is a typing error.</summary>
    public const decimal MaxExternalCost = 10_000_000m;

    /// <summary>Written or oral, for a report someone recorded on the reporter's behalf; null for the online form.</summary>
    public ReportMedium? Medium { get; private set; }

    /// <summary>The manager, gemeentesecretaris or confidant who recorded a report that reached them; they do not handle it.</summary>
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>The day the report reached whoever recorded it (the desk received it later, at <see cref="ReceivedAt"/>).</summary>
    public DateOnly? ReachedRecorderOn { get; private set; }

    public IntegrityCategory? Classification { get; private set; }

    public Guid? OwnCategoryId { get; private set; }

    /// <summary>The department the report concerns, if known.</summary>
    public Guid? OrgUnitId { get; private set; }

    public PersonConcerned? Concerned { get; private set; }

    /// <summary>A suspected wrong with a public interest under the Wet bescherming klokkenluiders.</summary>
    public bool IsWbkWrong { get; private set; }

    public bool IsRetaliation { get; private set; }

    public bool IsUnwantedBehaviour { get; private set; }

    public DateTimeOffset? ClassifiedAt { get; private set; }

    public ClosureOutcome? ClosureOutcome { get; private set; }

    public InvestigatorKind? Investigator { get; private set; }

    /// <summary>An external bureau's cost in euro cents (whole numbers add up exactly on both databases).</summary>
    public long? ExternalCostCents { get; private set; }

    public bool? PoliceReport { get; private set; }

    /// <summary>The day of the police report (aangifte, Sv art. 162), when one was made.</summary>
    public DateOnly? PoliceReportOn { get; private set; }

    public DateTimeOffset? ClosureRecordedAt { get; private set; }

    /// <summary>When the reporter was told, in the desk's own words, why there is no investigation.</summary>
    public DateTimeOffset? DecisionSharedAt { get; private set; }

    /// <summary>When the reporter was told what the desk shares of the outcome.</summary>
    public DateTimeOffset? OutcomeSharedAt { get; private set; }

    /// <summary>
    /// A report that reached a manager, the manager's manager, the gemeentesecretaris or a confidant,
    /// recorded by them. The recorder is kept for the desk's questions; it gives them no access to the case.
    /// </summary>
    public Refusal? RecordRoute(ReportMedium medium, Guid recordedBy, DateOnly reachedOn, DateOnly today)
    {
        if (reachedOn > today)
        {
            return new RecordedInFuture();
        }

        (Medium, RecordedByUserId, ReachedRecorderOn) = (medium, recordedBy, reachedOn);
        return null;
    }

    /// <summary>
    /// The desk's classification at intake; it may be corrected while the case is open. The own category
    /// and the department must be this municipality's, and the own category must sit under the category.
    /// </summary>
    public Refusal? Classify(CaseClassification classification, DateTimeOffset now)
    {
        if (Status == CaseStatus.Closed)
        {
            return new ClosedCaseIsNotClassified();
        }

        if (classification.Own is { } own && (own.TenantId != TenantId || own.Parent != classification.Category))
        {
            return new NotThisMunicipalitysCategory();
        }

        if (classification.OrgUnitId is not null && classification.OrgUnitTenantId != TenantId)
        {
            return new NotThisMunicipalitysUnit();
        }

        (Classification, OwnCategoryId, OrgUnitId, Concerned) = (classification.Category, classification.Own?.Id, classification.OrgUnitId, classification.Concerned);
        (IsWbkWrong, IsRetaliation, IsUnwantedBehaviour, ClassifiedAt) = (classification.WbkWrong, classification.Retaliation, classification.UnwantedBehaviour, now);
        return null;
    }

    /// <summary>
    /// What is counted at closure. After an investigation the outcome is its conclusion; without one a
    /// report cannot be (partly) substantiated. An investigation names who did it, an external bureau its cost.
    /// </summary>
    public Refusal? RecordClosure(ClosureRecord record, RecordedElsewhere known, DateOnly today, DateTimeOffset now)
    {
        if (Status != CaseStatus.Concluded || Outcome is not { } conclusion)
        {
            return new RecordAfterConclusion();
        }

        if (Investigate == true && record.Outcome != FromConclusion(conclusion))
        {
            return new OutcomeDiffersFromConclusion(Dutch.Of(conclusion));
        }

        if (Investigate != true && record.Outcome is Case.ClosureOutcome.Substantiated or Case.ClosureOutcome.PartlySubstantiated)
        {
            return new NoFindingWithoutInvestigation();
        }

        if (Investigate == true && record.Investigator == InvestigatorKind.None)
        {
            return new InvestigatorRequired();
        }

        if (record.Investigator == InvestigatorKind.External && record.ExternalCost is not (>= 0 and <= MaxExternalCost))
        {
            return new ExternalCostRequired();
        }

        if (record.Investigator != InvestigatorKind.External && record.ExternalCost is not null)
        {
            return new CostOnlyForExternal();
        }

        if (record.PoliceReport && (record.PoliceReportOn is not { } on || on > today))
        {
            return new PoliceReportDateRequired();
        }

        if (!record.PoliceReport && record.PoliceReportOn is not null)
        {
            return new PoliceReportDateWithoutReport();
        }

        if (known.Investigator is { } assigned && record.Investigator != assigned)
        {
            return new InvestigatorDiffersFromProtocol(Dutch.Of(assigned));
        }

        if (known.ExternalCost is { } agreed && record.Investigator == InvestigatorKind.External && record.ExternalCost != agreed)
        {
            return new CostDiffersFromProtocol(agreed.ToString("C", DutchTime.Culture));
        }

        if (known.PoliceReportOn is { } filed && (!record.PoliceReport || record.PoliceReportOn != filed))
        {
            return new PoliceReportDiffersFromRegister(DutchTime.Written(filed));
        }

        (ClosureOutcome, Investigator, ExternalCostCents) = (record.Outcome, record.Investigator, record.ExternalCost is { } cost ? (long?)decimal.Round(cost * 100) : null);
        (PoliceReport, PoliceReportOn, ClosureRecordedAt) = (record.PoliceReport, record.PoliceReportOn, now);
        return null;
    }

    /// <summary>
    /// The reporter is told why there is no investigation, in words the desk writes for them (the
    /// motivation stays internal). It is feedback in the sense of the law, so the three-month clock is met.
    /// </summary>
    public Refusal? ShareDecision(DateTimeOffset now)
    {
        if (Investigate != false || DecidedAt is null)
        {
            return new NoDecisionToExplain();
        }

        DecisionSharedAt = now;
        return RecordFeedback(now);
    }

    /// <summary>The reporter is told what the desk shares of the outcome of the investigation; also feedback.</summary>
    public Refusal? ShareOutcome(DateTimeOffset now)
    {
        if (Investigate != true || ConcludedAt is null)
        {
            return new NoOutcomeToShare();
        }

        OutcomeSharedAt = now;
        return RecordFeedback(now);
    }

    /// <summary>
    /// What closing needs besides the conclusion and feedback: the intake classification, a closure record
    /// made after the last conclusion, and the reporter told of the decision or the outcome since it was taken.
    /// Comparing moments (not flags) means a reopened case must be recorded and explained again.
    /// </summary>
    private Refusal? MissingForClosing()
    {
        if (ClassifiedAt is null)
        {
            return new ClassifyBeforeClosing();
        }

        if (ClosureRecordedAt is not { } recorded || recorded < ConcludedAt)
        {
            return new RecordBeforeClosing();
        }

        if (Investigate == false && (DecisionSharedAt is not { } explained || explained < DecidedAt))
        {
            return new ExplainDecisionBeforeClosing();
        }

        return Investigate == true && (OutcomeSharedAt is not { } shared || shared < ConcludedAt) ? new ShareOutcomeBeforeClosing() : null;
    }

    /// <summary>The counted outcome an investigation's conclusion stands for.</summary>
    public static ClosureOutcome? FromConclusion(CaseOutcome conclusion) => conclusion switch
    {
        CaseOutcome.Substantiated => Case.ClosureOutcome.Substantiated,
        CaseOutcome.PartlySubstantiated => Case.ClosureOutcome.PartlySubstantiated,
        CaseOutcome.Unsubstantiated => Case.ClosureOutcome.Unsubstantiated,
        _ => null,
    };
}
