using Loket.Policy;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;

namespace Loket.Web.Declarations;

/// <summary>
/// One declaration (opgave) an employee filed: the answers as the policy engine reads them (the JSON
/// of the CLI contract), the verdict shown before submitting, where it was routed, and the decision.
/// Created only by <see cref="Submit"/>; every change of state is a method that checks the current state
/// and four eyes and returns a named <see cref="Refusal"/> when the step is not allowed.
/// </summary>
public sealed class EmployeeDeclaration : ITenantOwned
{
    // For EF, which sets the columns through the private setters.
    private EmployeeDeclaration()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    // The context fills in the municipality of a row added without one; nobody else moves a declaration.
    Guid ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public Guid EmployeeId { get; private set; }

    public Employee? Employee { get; private set; }

    public DeclarationType Type { get; private set; }

    /// <summary>The answers in the JSON of <see cref="DeclarationJson"/>, so the verdict can be recomputed exactly.</summary>
    public string Answers { get; private set; } = "";

    /// <summary>What it is about, in the employee's words (a bottle of wine, board member of a club).</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The giver, host or organisation.</summary>
    public string? Counterparty { get; private set; }

    /// <summary>The role in the side activity (voorzitter, docent) or the nature of the interest.</summary>
    public string? Role { get; private set; }

    /// <summary>
    /// The colleague a relationship declaration is about, picked by name; its approval records the relation
    /// in the register (People/RelationFromDeclaration), its end ends it.
    /// </summary>
    public Guid? RelatedEmployeeId { get; private set; }

    /// <summary>What the relation with that colleague is (partner, family, friend).</summary>
    public RelationKind? RelationKind { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public Verdict Verdict { get; private set; }

    /// <summary>Code version and cited articles at submission, e.g. "leiden 1.3: 4.3, 4.4".</summary>
    public string Citation { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Who must decide; null means the integrity officers (no one in the line could).</summary>
    public Guid? DeciderId { get; private set; }

    public Employee? Decider { get; private set; }

    public string RoutingNote { get; private set; } = "";

    public DeclarationStatus Status { get; private set; }

    public Guid? DecidedById { get; private set; }

    public Employee? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DecisionConditions Conditions { get; private set; }

    public string? ConditionsText { get; private set; }

    public string? Motivation { get; private set; }

    public GiftDestination? GiftDestination { get; private set; }

    /// <summary>
    /// The decider approved what the code's verdict called Rood. Allowed, as the manager decides, but only
    /// with a motivation, and the register shows it, so an officer sees every decision that overrode the code.
    /// </summary>
    public bool AgainstVerdict { get; private set; }

    public string? EmployeeResponse { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public DateTimeOffset? ReminderSentAt { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>The earlier version this one changes (side activities keep their history).</summary>
    public Guid? PreviousVersionId { get; private set; }

    /// <summary>Set when a later version replaced this one; it then leaves the current register.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The officer reviewed this top official's side activity for the public register.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the employee reported the side activity's end (the public register shows it changed then).</summary>
    public DateTimeOffset? EndReportedAt { get; private set; }

    /// <summary>
    /// Files a declaration: the page, the API, the demo and the tests all come here, so a declaration
    /// is stored the same way whoever files it. The description must pass <see cref="DeclarationDescription.Check"/>,
    /// the answers must fit their column, and a change of a side activity replaces a current version of
    /// the employee's own.
    /// </summary>
    public static Outcome<EmployeeDeclaration> Submit(Submission submission, DateTimeOffset now)
    {
        var (employeeId, type, answers, description) = (submission.EmployeeId, submission.Type, submission.Answers, submission.Description);
        if (description.Check(type).FirstOrDefault() is { } refused)
        {
            return refused;
        }

        if (answers.Length > DeclarationTexts.Answers)
        {
            return new AnswersTooLong();
        }

        if (submission.Previous is { } previous
            && (previous.EmployeeId != employeeId || previous.Type != type || previous.SupersededAt is not null || !DeclarationKinds.Of(type).HasStartDate))
        {
            return new PreviousVersionGone();
        }

        var declaration = new EmployeeDeclaration
        {
            TenantId = submission.TenantId,
            EmployeeId = employeeId,
            Type = type,
            Answers = answers,
            Subject = description.Subject!.Trim(),
            Counterparty = Blank(description.Counterparty),
            Role = Blank(description.Role),
            StartDate = description.StartDate,
            RelatedEmployeeId = description.RelatedEmployeeId,
            RelationKind = description.RelatedEmployeeId is null ? null : description.RelationKind ?? People.RelationKind.Partner,
            Verdict = submission.Verdict,
            Citation = submission.Citation,
            SubmittedAt = now,
            DeciderId = submission.Route.DeciderId,
            RoutingNote = submission.Route.Note,
            Status = DeclarationStatus.Submitted,
        };
        if (submission.Previous is { } replaced)
        {
            declaration.PreviousVersionId = replaced.Id;
            replaced.SupersededAt = now;
        }

        return declaration;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>In the current register: not replaced by a later version and not ended before <paramref name="day"/>.</summary>
    public bool IsCurrentOn(DateOnly day) => SupersededAt is null && (EndDate is null || EndDate >= day);

    /// <summary>
    /// Decides, unless the decider is the employee, a relation, or not the one the declaration was routed to.
    /// A gift's destination must be one the code allows (<paramref name="destinations"/>, from the policy in
    /// force on the day of submission).
    /// </summary>
    public Refusal? Decide(Decision decision, GiftDestinations destinations, Guid deciderId, bool deciderIsRelation, bool deciderIsOfficer, DateTimeOffset now)
    {
        if (Status != DeclarationStatus.Submitted)
        {
            return new AlreadyDecided();
        }

        // Four eyes (Leiden 7.2, 's-Hertogenbosch 9.1 rule 4: no assessing or approving each other's work).
        if (deciderId == EmployeeId || deciderIsRelation)
        {
            return new OwnOrRelationsDeclaration();
        }

        if (DeciderId is { } routed ? routed != deciderId : !deciderIsOfficer)
        {
            return new NotRoutedToYou();
        }

        if (decision.Outcome == DeclarationStatus.Submitted || !Enum.IsDefined(decision.Outcome))
        {
            return new NoOutcome();
        }

        if (decision.Motivation?.Trim().Length > DeclarationTexts.Motivation || decision.ConditionsText?.Trim().Length > DeclarationTexts.ConditionsText)
        {
            return new DecisionTextTooLong();
        }

        var offeredConditions = Enum.GetValues<DecisionConditions>().Aggregate(DecisionConditions.None, (all, c) => all | c);
        if ((decision.Conditions & ~offeredConditions) != 0)
        {
            return new UnknownConditions();
        }

        if (decision.GiftDestination is { } posted && !Enum.IsDefined(posted))
        {
            return new NoGiftDestination();
        }

        var againstVerdict = IsAgainstVerdict(decision.Outcome);
        if (againstVerdict && string.IsNullOrWhiteSpace(decision.Motivation))
        {
            return new RoodNeedsMotivation();
        }

        if (decision.Outcome != DeclarationStatus.Approved && string.IsNullOrWhiteSpace(decision.Motivation))
        {
            return new MotivationMissing();
        }

        if (decision.Outcome == DeclarationStatus.ApprovedWithConditions && decision.Conditions == DecisionConditions.None && string.IsNullOrWhiteSpace(decision.ConditionsText))
        {
            return new NoCondition();
        }

        if (Type == DeclarationType.Gift)
        {
            if (decision.GiftDestination is not { } destination)
            {
                return new NoGiftDestination();
            }

            if (!destinations.Allows(destination))
            {
                return new DestinationNotAllowed(destinations);
            }

            if (decision.Outcome == DeclarationStatus.Refused && destination == Policy.GiftDestination.Keep)
            {
                return new RefusedGiftKept();
            }
        }

        Status = decision.Outcome;
        Conditions = decision.Outcome == DeclarationStatus.ApprovedWithConditions ? decision.Conditions : DecisionConditions.None;
        ConditionsText = decision.Outcome == DeclarationStatus.ApprovedWithConditions ? decision.ConditionsText?.Trim() : null;
        Motivation = string.IsNullOrWhiteSpace(decision.Motivation) ? null : decision.Motivation.Trim();
        GiftDestination = Type == DeclarationType.Gift ? decision.GiftDestination : null;
        AgainstVerdict = againstVerdict;
        DecidedById = deciderId;
        DecidedAt = now;
        return null;
    }

    /// <summary>Approving (with or without conditions) what the verdict at submission called Rood goes against the code.</summary>
    public bool IsAgainstVerdict(DeclarationStatus outcome) =>
        Verdict == Verdict.Rood && outcome is DeclarationStatus.Approved or DeclarationStatus.ApprovedWithConditions;

    /// <summary>The employee answers the decision (agrees, objects, adds context); once.</summary>
    public Refusal? Respond(Guid employeeId, string? text, DateTimeOffset now)
    {
        if (employeeId != EmployeeId)
        {
            return new NotTheDeclarant();
        }

        if (Status == DeclarationStatus.Submitted)
        {
            return new NotDecidedYet();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new ResponseMissing();
        }

        if (text.Trim().Length > DeclarationTexts.EmployeeResponse)
        {
            return new ResponseTooLong();
        }

        EmployeeResponse = text.Trim();
        RespondedAt = now;
        return null;
    }

    /// <summary>
    /// A side activity or a relationship ends: it leaves the current register, the row stays as history
    /// (a relationship's relation in the register ends with it).
    /// </summary>
    public Refusal? End(Guid employeeId, DateOnly? endDate, DateTimeOffset now)
    {
        if (employeeId != EmployeeId || !DeclarationKinds.Of(Type).HasStartDate)
        {
            return new NotOwnSideActivity();
        }

        if (EndDate is not null || SupersededAt is not null)
        {
            return new AlreadyEndedOrChanged();
        }

        if (endDate is null || (StartDate is { } start && endDate < start))
        {
            return new EndDateInvalid();
        }

        EndDate = endDate;
        EndReportedAt = now;
        return null;
    }

    /// <summary>The decider was reminded that the term passed; once, so the job never sends it twice.</summary>
    public void MarkReminded(DateTimeOffset now)
    {
        if (Status != DeclarationStatus.Submitted || ReminderSentAt is not null)
        {
            throw new InvalidOperationException("Only a waiting declaration is reminded, and once.");
        }

        ReminderSentAt = now;
    }

    /// <summary>Too long without a decision: one level up, or to the officers when there is no one (null).</summary>
    public void Escalate(Guid? nextDecider, DateTimeOffset now)
    {
        if (Status != DeclarationStatus.Submitted || nextDecider == EmployeeId)
        {
            throw new InvalidOperationException("Only a waiting declaration escalates, and never to its own employee.");
        }

        DeciderId = nextDecider;
        RoutingNote = nextDecider is null ? "integriteitscoördinator, na escalatie" : "een niveau hoger, na escalatie wegens uitblijven van een besluit";
        EscalatedAt = now;
    }

    /// <summary>The officer publishes a top official's approved side activity (Ambtenarenwet 2017 art. 5 lid 1 c).</summary>
    public Refusal? Publish(DateTimeOffset now)
    {
        if (PublishRefusal() is { } refusal)
        {
            return refusal;
        }

        PublishedAt ??= now;
        return null;
    }

    /// <summary>Why <see cref="Publish"/> would refuse, asked before: the preview offers the button only when it would not.</summary>
    public Refusal? PublishRefusal() =>
        Type != DeclarationType.SideActivity || Status is not (DeclarationStatus.Approved or DeclarationStatus.ApprovedWithConditions)
            ? new NotAnApprovedSideActivity()
            : SupersededAt is not null ? new NewerVersionExists() : null;
}

/// <summary>
/// What is filed: the engine's answers (contract JSON) with the verdict and citation it gave, the
/// employee's own words, where routing sent it, and for a changed side activity the version it replaces.
/// </summary>
public sealed record Submission(
    Guid TenantId,
    Guid EmployeeId,
    DeclarationType Type,
    string Answers,
    DeclarationDescription Description,
    Verdict Verdict,
    string Citation,
    DeclarationRouting.Route Route)
{
    public EmployeeDeclaration? Previous { get; init; }
}

/// <summary>What a decider chose, as posted by the form or the API.</summary>
public sealed record Decision(
    DeclarationStatus Outcome,
    string? Motivation,
    DecisionConditions Conditions = DecisionConditions.None,
    string? ConditionsText = null,
    GiftDestination? GiftDestination = null);
