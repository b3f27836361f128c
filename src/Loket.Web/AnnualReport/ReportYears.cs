using Loket.Web.Infrastructure.Time;

namespace Loket.Web.AnnualReport;

/// <summary>
/// The three years of a report (the year and the two before it, oldest first) as moments in Dutch time.
/// Each year is counted as it stood at its end (<see cref="AsAt"/>): a case still open on 31 December is
/// "lopend" in that year's column, whenever the report is made. So a year's column holds the same numbers
/// in every report that shows it (and its cells are hidden the same way), and a frozen report can be
/// recounted from the data. The year still running is counted as it stands now.
/// </summary>
internal sealed class ReportYears
{
    public const int Count = 3;

    private readonly DateTimeOffset[] starts;
    private readonly DateTimeOffset now;

    public ReportYears(int year, DateTimeOffset now)
    {
        Year = year;
        this.now = now;
        starts = [.. Enumerable.Range(year - Count + 1, Count + 1).Select(StartOf)];
    }

    public int Year { get; }

    public IReadOnlyList<int> Years => [.. Enumerable.Range(Year - Count + 1, Count)];

    /// <summary>The start of the oldest year.</summary>
    public DateTimeOffset From => starts[0];

    /// <summary>The start of the year after the report's year.</summary>
    public DateTimeOffset To => starts[Count];

    /// <summary>The start of the year at <paramref name="index"/> (0 is the oldest); index 3 is the year after.</summary>
    public DateTimeOffset Start(int index) => starts[index];

    /// <summary>The moment a year's column is counted at: the end of that year, or now for a year not yet over.</summary>
    public DateTimeOffset AsAt(int index) => starts[index + 1] < now ? starts[index + 1] : now;

    public DateOnly FirstDay(int index) => new(Year - Count + 1 + index, 1, 1);

    public DateOnly LastDay(int index) => new(Year - Count + 1 + index, 12, 31);

    /// <summary>Which column a moment falls in; -1 outside the three years.</summary>
    public int IndexOf(DateTimeOffset at) => at < starts[0] || at >= starts[Count] ? -1 : at < starts[1] ? 0 : at < starts[2] ? 1 : 2;

    public int IndexOf(DateOnly day) => day.Year - (Year - Count + 1) is var i && i is >= 0 and < Count ? i : -1;

    private static DateTimeOffset StartOf(int year)
    {
        var midnight = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, DutchTime.Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
