using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>
/// A substitute (vervanger) who acts for a manager during a period, both days inclusive. Planned only
/// through <see cref="Plan"/>, which checks the rules; routing reads it (<see cref="Declarations.DeclarationRouting"/>).
/// </summary>
public sealed class Substitution : ITenantOwned
{
    /// <summary>A cover of more than a year is a new arrangement, made again.</summary>
    public const int MaxDays = 366;

    private Substitution()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ManagerId { get; private set; }

    public Employee? Manager { get; private set; }

    public Guid SubstituteId { get; private set; }

    public Employee? Substitute { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly Until { get; private set; }

    public bool IsActiveOn(DateOnly day) => From <= day && day <= Until;

    /// <summary>
    /// A manager's cover for a period, planned on <paramref name="plannedOn"/>. <paramref name="substitute"/>
    /// is the employee record found in the manager's municipality (null when there is none);
    /// <paramref name="substituteHasAccount"/> says whether the substitute can sign in to this municipality
    /// (an account whose membership is linked to that employee); <paramref name="planned"/> are the
    /// manager's substitutions that are already planned.
    /// </summary>
    public static Outcome<Substitution> Plan(
        Guid managerId, Employee? substitute, bool substituteHasAccount, DateOnly from, DateOnly until, DateOnly plannedOn, IEnumerable<Substitution> planned)
    {
        if (substitute?.Id == managerId)
        {
            return new OwnSubstitute();
        }

        if (substitute is null)
        {
            return new UnknownSubstitute();
        }

        if (until < from)
        {
            return new EndsBeforeItStarts();
        }

        // Declarations routed to a substitute who cannot sign in would wait unseen for the whole period.
        if (substitute.EndDate < until)
        {
            return new SubstituteLeaves(substitute.Name, substitute.EndDate.Value);
        }

        if (until < plannedOn)
        {
            return new AlreadyOver();
        }

        if (until.DayNumber - from.DayNumber > MaxDays)
        {
            return new LongerThanAYear();
        }

        if (planned.Any(s => s.ManagerId == managerId && s.From <= until && from <= s.Until))
        {
            return new OverlapsAnother();
        }

        if (!substituteHasAccount)
        {
            return new SubstituteWithoutAccount(substitute.Name);
        }

        return new Substitution { TenantId = substitute.TenantId, ManagerId = managerId, SubstituteId = substitute.Id, From = from, Until = until };
    }
}

public sealed record OwnSubstitute() : Refusal("Je kunt jezelf niet als vervanger kiezen.");

public sealed record UnknownSubstitute() : Refusal("Kies een vervanger uit de lijst.");

public sealed record SubstituteWithoutAccount(string Name) : Refusal(
    $"{Name} heeft geen account in deze gemeente en kan dus niet inloggen om over opgaven te beslissen. Kies een andere vervanger, of vraag de beheerder {Name} eerst uit te nodigen.");

public sealed record SubstituteLeaves(string Name, DateOnly LastDay) : Refusal(
    $"{Name} is uit dienst na {Infrastructure.Time.DutchTime.Date(LastDay)} en kan daarna niet meer inloggen. Kies een vervanger die de hele periode in dienst is.");

public sealed record EndsBeforeItStarts() : Refusal("De laatste dag ligt voor de eerste dag.");

public sealed record AlreadyOver() : Refusal("Deze periode ligt helemaal in het verleden.");

public sealed record LongerThanAYear() : Refusal("Een vervanging duurt hoogstens een jaar; stel daarna een nieuwe in.");

public sealed record OverlapsAnother() : Refusal("Deze periode overlapt met een vervanging die je al hebt ingesteld.");
