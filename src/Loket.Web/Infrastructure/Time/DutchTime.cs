using System.Globalization;

namespace Loket.Web.Infrastructure.Time;

/// <summary>
/// Every date and time a person reads, in Dutch time (Europe/Amsterdam) and one format, whatever
/// the server's time zone: "6-12-2026", "6-12-2026 14:05", "zaterdag 6 december 2026". The
/// municipalities are all in the Netherlands; a declaration made at 05:50 shows 05:50.
/// </summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The wall clock in the Netherlands at <paramref name="at"/>.</summary>
    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    /// <summary>The Dutch calendar day of <paramref name="at"/> (23:30 UTC on 5 December is 6 December).</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(Local(at));

    /// <summary>
    /// The moment a Dutch calendar day begins, in UTC (1 July 2027 begins at 22:00 UTC on 30 June): a period
    /// of days becomes a range of moments, so a query compares the stored column itself. Midnight is never
    /// skipped or repeated here; the clocks change at 02:00 and 03:00.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public static string Date(DateOnly day) => day.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => Date(Day(at));

    public static string DateTime(DateTimeOffset at) => Local(at).ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => Local(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The date in words, as it is repeated back after a form: "zaterdag 6 december 2026".</summary>
    public static string LongDate(DateOnly day) => day.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"6 december 2026", as in running text.</summary>
    public static string Written(DateOnly day) => day.ToString("d MMMM yyyy", Culture);

    public static string Written(DateTimeOffset at) => Written(Day(at));
}
