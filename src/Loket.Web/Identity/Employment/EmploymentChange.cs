using Loket.Web.Infrastructure.Domain;
using Loket.Web.People;

namespace Loket.Web.Identity.Employment;

/// <summary>
/// "Uit dienst" and "weer in dienst" on an employee: the dates that decide access (<see cref="EmploymentAccess"/>).
/// A return is a new start after the last day, not an erased end, so the trail keeps both.
/// </summary>
public static class EmploymentChange
{
    /// <summary>Records <paramref name="lastDay"/> as the last day of employment (or corrects it).</summary>
    public static Refusal? Leave(Employee employee, DateOnly lastDay)
    {
        if (lastDay < employee.StartDate)
        {
            return new EndBeforeStart();
        }

        employee.EndDate = lastDay;
        return null;
    }

    /// <summary>Records a return from <paramref name="firstDay"/>: a new start, and no end.</summary>
    public static Refusal? Return(Employee employee, DateOnly firstDay)
    {
        if (employee.EndDate is not { } end)
        {
            return new NotEnded();
        }

        if (firstDay <= end)
        {
            return new ReturnBeforeEnd();
        }

        (employee.StartDate, employee.EndDate) = (firstDay, null);
        return null;
    }
}

public sealed record EndBeforeStart() : Refusal("De laatste werkdag ligt vóór de begindatum van het dienstverband.");

public sealed record NotEnded() : Refusal("Deze medewerker is niet uit dienst; weer in dienst melden kan pas na een einddatum.");

public sealed record ReturnBeforeEnd() : Refusal("De nieuwe begindatum moet na de laatste werkdag van het vorige dienstverband liggen.");
