using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>
/// A relation between two employees (partner, family, friend) as the municipality's register holds it:
/// from its first day until the day it ended (exclusive: "beëindigd per"), where it came from, and who
/// recorded, corrected or ended it and why. Four-eyes checks treat it as symmetric: nobody decides on a
/// relation's declaration (Leiden 7.2, 's-Hertogenbosch 9.1). The rule: <see cref="Relatedness"/>.
/// Created only by <see cref="Record"/>; every change is a method that checks the rules.
/// </summary>
public sealed class Relation : ITenantOwned
{
    public const int ReasonLength = 500;

    private Relation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployeeId { get; private set; }

    public Guid RelatedEmployeeId { get; private set; }

    public RelationKind Kind { get; private set; }

    /// <summary>The first day they are related.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>The first day they are no longer related; null while it lasts.</summary>
    public DateOnly? EndDate { get; private set; }

    public RelationSource Source { get; private set; }

    /// <summary>The approved relationship declaration that recorded it (<see cref="RelationSource.Declaration"/>).</summary>
    public Guid? DeclarationId { get; private set; }

    /// <summary>Why it was recorded, in the recorder's words (optional; the source says the rest).</summary>
    public string? Reason { get; private set; }

    /// <summary>The account that recorded it; null for an import from the command line.</summary>
    public Guid? RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? CorrectedById { get; private set; }

    public DateTimeOffset? CorrectedAt { get; private set; }

    public string? CorrectionReason { get; private set; }

    public Guid? EndedById { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>In force on <paramref name="day"/>; the same test as <see cref="Relatedness"/> makes in SQL.</summary>
    public bool IsInForceOn(DateOnly day) => StartDate <= day && (EndDate is null || day < EndDate);

    public bool Involves(Guid a, Guid b) => (EmployeeId == a && RelatedEmployeeId == b) || (EmployeeId == b && RelatedEmployeeId == a);

    /// <summary>
    /// Records a relation between two employees of <paramref name="tenantId"/> (null when the picked
    /// person was not found there). <paramref name="known"/> are the relations already recorded between
    /// the two; a period that overlaps one of them is a duplicate.
    /// </summary>
    public static Outcome<Relation> Record(Guid tenantId, Employee? employee, Employee? related, RelationKind kind, DateOnly start,
        RelationOrigin origin, IEnumerable<Relation> known)
    {
        if (employee is null || related is null || employee.TenantId != tenantId || related.TenantId != tenantId || !Enum.IsDefined(kind))
        {
            return new UnknownRelative();
        }

        if (employee.Id == related.Id)
        {
            return new RelationWithOneself();
        }

        if (origin.Reason?.Trim().Length > ReasonLength)
        {
            return new RelationReasonTooLong();
        }

        if (known.Any(r => r.Involves(employee.Id, related.Id) && Overlaps(r.StartDate, r.EndDate, start, null)))
        {
            return new RelationAlreadyRecorded();
        }

        return new Relation
        {
            TenantId = tenantId,
            EmployeeId = employee.Id,
            RelatedEmployeeId = related.Id,
            Kind = kind,
            StartDate = start,
            Source = origin.Source,
            DeclarationId = origin.DeclarationId,
            Reason = Blank(origin.Reason),
            RecordedById = origin.ById,
            RecordedAt = origin.At,
        };
    }

    /// <summary>
    /// Corrects the kind, the first day, or the last day of an ended relation (a typing error, a date learned
    /// later), with a reason. An open relation is not ended here but with <see cref="End"/>, which asks the
    /// reason of the end; an ended one whose <paramref name="end"/> is taken away was ended by mistake and
    /// lasts again (the correction's reason says why).
    /// </summary>
    public Refusal? Correct(RelationKind kind, DateOnly start, DateOnly? end, string? reason, Guid? byId, DateTimeOffset at, IEnumerable<Relation> known)
    {
        if (Blank(reason) is not { } why)
        {
            return new RelationReasonMissing();
        }

        if (why.Length > ReasonLength)
        {
            return new RelationReasonTooLong();
        }

        if (!Enum.IsDefined(kind))
        {
            return new UnknownRelative();
        }

        if (EndDate is null && end is not null)
        {
            return new RelationEndedByCorrection();
        }

        if (end is { } last && last < start)
        {
            return new RelationEndsBeforeItStarts();
        }

        if (known.Any(r => r.Id != Id && r.Involves(EmployeeId, RelatedEmployeeId) && Overlaps(r.StartDate, r.EndDate, start, end)))
        {
            return new RelationAlreadyRecorded();
        }

        (Kind, StartDate, EndDate, CorrectionReason, CorrectedById, CorrectedAt) = (kind, start, end, why, byId, at);
        if (end is null)
        {
            (EndReason, EndedById, EndedAt) = (null, null, null);
        }

        return null;
    }

    /// <summary>Ends the relation per <paramref name="end"/> (from that day on they are no longer related), with a reason.</summary>
    public Refusal? End(DateOnly end, string? reason, Guid? byId, DateTimeOffset at)
    {
        if (EndDate is not null)
        {
            return new RelationAlreadyEnded();
        }

        if (Blank(reason) is not { } why)
        {
            return new RelationReasonMissing();
        }

        if (why.Length > ReasonLength)
        {
            return new RelationReasonTooLong();
        }

        if (end < StartDate)
        {
            return new RelationEndsBeforeItStarts();
        }

        (EndDate, EndReason, EndedById, EndedAt) = (end, why, byId, at);
        return null;
    }

    // Periods with an exclusive end; an open end lasts for ever.
    private static bool Overlaps(DateOnly startA, DateOnly? endA, DateOnly startB, DateOnly? endB) =>
        startA < (endB ?? DateOnly.MaxValue) && startB < (endA ?? DateOnly.MaxValue);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Where a relation came from and who put it there, when.</summary>
public sealed record RelationOrigin(RelationSource Source, Guid? ById, DateTimeOffset At, string? Reason = null, Guid? DeclarationId = null);

public sealed record UnknownRelative() : Refusal("Kies twee medewerkers van deze gemeente en een soort relatie uit de lijst.");

public sealed record RelationWithOneself() : Refusal("Iemand kan geen relatie met zichzelf hebben.");

public sealed record RelationAlreadyRecorded() : Refusal("Deze twee hebben in die periode al een relatie in het register.");

public sealed record RelationEndsBeforeItStarts() : Refusal("De einddatum ligt voor de begindatum van de relatie.");

public sealed record RelationReasonMissing() : Refusal("Geef een reden op.");

public sealed record RelationReasonTooLong() : Refusal("Een reden is hoogstens 500 tekens.");

public sealed record RelationAlreadyEnded() : Refusal("Deze relatie is al beëindigd.");

public sealed record RelationEndedByCorrection() : Refusal("Deze relatie loopt nog; beëindig haar met 'Relatie beëindigen', met de reden van het einde.");
