using PublicHoliday;

namespace Loket.Web.Infrastructure.Time;

/// <summary>
/// Working days in the Netherlands: Monday to Friday, not a public holiday. The holidays come from the
/// PublicHoliday package's Dutch calendar, never a list of our own; 5 May counts every year, as the
/// Algemene termijnenwet (art. 3) counts it. The one rule for every term in working days: the onboarding
/// deadlines and reminders, and the decision term of a declaration with its reminder and escalation.
/// </summary>
public static class DutchWorkingDays
{
    private static readonly DutchPublicHoliday Calendar = new(false);

    public static bool IsWorkingDay(DateOnly day) => Calendar.IsWorkingDay(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The day <paramref name="count"/> working days after <paramref name="from"/> (before it when negative).</summary>
    public static DateOnly Add(DateOnly from, int count)
    {
        var day = from;
        var step = count < 0 ? -1 : 1;
        for (var left = Math.Abs(count); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
