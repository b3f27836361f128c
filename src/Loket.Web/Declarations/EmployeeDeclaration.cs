using Loket.Policy;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;

namespace Loket.Web.Declarations;

/// <summary>
/// One declaration (opgave) an employee filed: the answers as the policy engine reads them (the JSON
/// of the CLI contract), the verdict shown before submitting, where it was routed, and the decision.
/// Every change of state is a method that checks the current state and four eyes.
/// </summary>
public sealed class EmployeeDeclaration : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployeeId { get; set; }

    public Employee? Employee { get; set; }

    public DeclarationType Type { get; set; }

    /// <summary>The answers in the JSON of <see cref="DeclarationJson"/>, so the verdict can be recomputed exactly.</summary>
    public required string Answers { get; set; }

    /// <summary>What it is about, in the employee's words (a bottle of wine, board member of a club).</summary>
    public required string Subject { get; set; }

    /// <summary>The giver, host or organisation.</summary>
    public string? Counterparty { get; set; }

    /// <summary>The role in the side activity (voorzitter, docent) or the nature of the interest.</summary>
    public string? Role { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public Verdict Verdict { get; set; }

    /// <summary>Code version and cited articles at submission, e.g. "leiden 1.3: 4.3, 4.4".</summary>
    public required string Citation { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Who must decide; null means the integrity officers (no one in the line could).</summary>
    public Guid? DeciderId { get; set; }

    public Employee? Decider { get; set; }

    public required string RoutingNote { get; set; }

    public DeclarationStatus Status { get; set; }

    public Guid? DecidedById { get; set; }

    public Employee? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DecisionConditions Conditions { get; set; }

    public string? ConditionsText { get; set; }

    public string? Motivation { get; set; }

    public GiftDestination? GiftDestination { get; set; }

    /// <summary>
    /// The decider approved what the code's verdict called Rood. Allowed, as the manager decides, but only
    /// with a motivation, and the register shows it, so an officer sees every decision that overrode the code.
    /// </summary>
    public bool AgainstVerdict { get; set; }

    public string? EmployeeResponse { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }

    public DateTimeOffset? ReminderSentAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The earlier version this one changes (side activities keep their history).</summary>
    public Guid? PreviousVersionId { get; set; }

    /// <summary>Set when a later version replaced this one; it then leaves the current register.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The officer reviewed this top official's side activity for the public register.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When the employee reported the side activity's end (the public register shows it changed then).</summary>
    public DateTimeOffset? EndReportedAt { get; set; }

    /// <summary>In the current register: not replaced by a later version and not ended before <paramref name="day"/>.</summary>
    public bool IsCurrentOn(DateOnly day) => SupersededAt is null && (EndDate is null || EndDate >= day);

    /// <summary>
    /// Decides, unless the decider is the employee, a relation, or not the one the declaration was routed to.
    /// A gift's destination must be one the code allows (<paramref name="destinations"/>, from the policy in
    /// force on the day of submission).
    /// </summary>
    public string? Decide(Decision decision, GiftDestinations destinations, Guid deciderId, bool deciderIsRelation, bool deciderIsOfficer, DateTimeOffset now)
    {
        if (Status != DeclarationStatus.Submitted)
        {
            return "Over deze opgave is al besloten.";
        }

        // Four eyes (Leiden 7.2, 's-Hertogenbosch 9.1 rule 4: no assessing or approving each other's work): never on one's own or a relation's declaration.
        if (deciderId == EmployeeId || deciderIsRelation)
        {
            return "Je mag niet beslissen over je eigen opgave of die van iemand met wie je een relatie hebt.";
        }

        if (DeciderId is { } routed ? routed != deciderId : !deciderIsOfficer)
        {
            return "Deze opgave is niet aan jou voorgelegd.";
        }

        if (decision.Outcome == DeclarationStatus.Submitted || !Enum.IsDefined(decision.Outcome))
        {
            return "Kies een besluit.";
        }

        if (decision.Motivation?.Trim().Length > DeclarationTexts.Motivation || decision.ConditionsText?.Trim().Length > DeclarationTexts.ConditionsText)
        {
            return $"Een motivering is hoogstens {DeclarationTexts.Motivation} tekens, een beschrijving van voorwaarden hoogstens {DeclarationTexts.ConditionsText}.";
        }

        var offeredConditions = Enum.GetValues<DecisionConditions>().Aggregate(DecisionConditions.None, (all, c) => all | c);
        if ((decision.Conditions & ~offeredConditions) != 0)
        {
            return "Kies voorwaarden uit de lijst.";
        }

        if (decision.GiftDestination is { } posted && !Enum.IsDefined(posted))
        {
            return "Kies wat er met het geschenk gebeurt.";
        }

        var againstVerdict = IsAgainstVerdict(decision.Outcome);
        if (againstVerdict && string.IsNullOrWhiteSpace(decision.Motivation))
        {
            return "Het oordeel van de gedragscode is rood. Motiveer waarom je de opgave toch goedkeurt.";
        }

        if (decision.Outcome != DeclarationStatus.Approved && string.IsNullOrWhiteSpace(decision.Motivation))
        {
            return "Geef een motivering bij voorwaarden of een afwijzing.";
        }

        if (decision.Outcome == DeclarationStatus.ApprovedWithConditions && decision.Conditions == DecisionConditions.None && string.IsNullOrWhiteSpace(decision.ConditionsText))
        {
            return "Kies of beschrijf ten minste één voorwaarde.";
        }

        if (Type == DeclarationType.Gift)
        {
            if (decision.GiftDestination is not { } destination)
            {
                return "Kies wat er met het geschenk gebeurt.";
            }

            if (!destinations.Allows(destination))
            {
                return $"De gedragscode staat niet toe dat het geschenk deze bestemming krijgt. Kies uit: {string.Join(", ", destinations.Allowed.Select(d => d.Dutch()))}.";
            }

            if (decision.Outcome == DeclarationStatus.Refused && destination == Policy.GiftDestination.Keep)
            {
                return "Een afgewezen geschenk houdt de medewerker niet zelf. Kies een andere bestemming.";
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
    public string? Respond(Guid employeeId, string? text, DateTimeOffset now)
    {
        if (employeeId != EmployeeId)
        {
            return "Alleen de medewerker die de opgave deed, kan reageren.";
        }

        if (Status == DeclarationStatus.Submitted)
        {
            return "Je kunt reageren zodra er een besluit is.";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return "Schrijf je reactie.";
        }

        if (text.Trim().Length > DeclarationTexts.EmployeeResponse)
        {
            return $"Een reactie is hoogstens {DeclarationTexts.EmployeeResponse} tekens.";
        }

        EmployeeResponse = text.Trim();
        RespondedAt = now;
        return null;
    }

    /// <summary>A side activity ends: it leaves the current register, the row stays as history.</summary>
    public string? End(Guid employeeId, DateOnly? endDate, DateTimeOffset now)
    {
        if (employeeId != EmployeeId || Type != DeclarationType.SideActivity)
        {
            return "Alleen de medewerker die de opgave deed, kan het einde van een nevenwerkzaamheid doorgeven.";
        }

        if (EndDate is not null || SupersededAt is not null)
        {
            return "Deze nevenwerkzaamheid is al beëindigd of gewijzigd.";
        }

        if (endDate is null || (StartDate is { } start && endDate < start))
        {
            return "Geef een einddatum op, niet voor de begindatum.";
        }

        EndDate = endDate;
        EndReportedAt = now;
        return null;
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

    /// <summary>A changed side activity replaces this version; history keeps it.</summary>
    public void SupersededBy(EmployeeDeclaration next, DateTimeOffset now)
    {
        next.PreviousVersionId = Id;
        SupersededAt = now;
    }

    /// <summary>The officer publishes a top official's approved side activity (Ambtenarenwet 2017 art. 5 lid 1 c).</summary>
    public string? Publish(DateTimeOffset now)
    {
        if (Type != DeclarationType.SideActivity || Status is not (DeclarationStatus.Approved or DeclarationStatus.ApprovedWithConditions))
        {
            return "Alleen goedgekeurde nevenwerkzaamheden kunnen openbaar worden.";
        }

        if (SupersededAt is not null)
        {
            return "Er is een nieuwere versie van deze nevenwerkzaamheid: publiceer die, na het besluit erover.";
        }

        PublishedAt ??= now;
        return null;
    }
}

/// <summary>What a decider chose, as posted by the form or the API.</summary>
public sealed record Decision(
    DeclarationStatus Outcome,
    string? Motivation,
    DecisionConditions Conditions = DecisionConditions.None,
    string? ConditionsText = null,
    GiftDestination? GiftDestination = null);
