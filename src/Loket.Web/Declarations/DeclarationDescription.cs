using Loket.Policy;
using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Declarations;

/// <summary>
/// What the employee writes about a declaration besides the engine's answers: the subject, the giver or
/// organisation, the role, and a side activity's start. <see cref="Check"/> is the one rule for these,
/// used by <see cref="EmployeeDeclaration.Submit"/> and by the form and the API to show every refusal at once.
/// </summary>
public sealed record DeclarationDescription(string? Subject, string? Counterparty = null, string? Role = null, DateOnly? StartDate = null)
{
    /// <summary>The colleague of a relationship, found in the employee's municipality by the caller (the form's picker).</summary>
    public Guid? RelatedEmployeeId { get; init; }

    public People.RelationKind? RelationKind { get; init; }

    /// <param name="type">The declaration's type; null when it could not be read (the start date then waits for it).</param>
    public IEnumerable<DescriptionRefusal> Check(DeclarationType? type)
    {
        if (string.IsNullOrWhiteSpace(Subject))
        {
            yield return new SubjectMissing();
        }
        else if (Subject.Trim().Length > DeclarationTexts.Subject)
        {
            yield return new TextTooLong(nameof(Subject), $"Beschrijf kort waar je opgave over gaat: hoogstens {DeclarationTexts.Subject} tekens.");
        }

        if (Counterparty?.Trim().Length > DeclarationTexts.Counterparty)
        {
            yield return new TextTooLong(nameof(Counterparty), $"Een naam van een gever of organisatie is hoogstens {DeclarationTexts.Counterparty} tekens.");
        }

        if (Role?.Trim().Length > DeclarationTexts.Role)
        {
            yield return new TextTooLong(nameof(Role), $"Een functie of rol is hoogstens {DeclarationTexts.Role} tekens.");
        }

        // Only a side activity asks "Vanaf wanneer?"; the API once stored a start date on any type.
        if (StartDate is not null && type is { } known && !DeclarationKinds.Of(known).HasStartDate)
        {
            yield return new StartDateNotAsked(known);
        }
        else if (StartDate is { Year: < DutchDate.FirstYear or > DutchDate.LastYear })
        {
            yield return new StartDateOutOfRange();
        }

        if (RelatedEmployeeId is not null && type is { } named && !DeclarationKinds.Of(named).NamesColleague)
        {
            yield return new ColleagueNotAsked();
        }
    }
}
