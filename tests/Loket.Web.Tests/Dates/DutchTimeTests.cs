using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Time;
using Microsoft.Extensions.Time.Testing;

namespace Loket.Web.Tests.Dates;

public sealed class DutchTimeTests
{
    [Theory]
    [InlineData("2026-12-07T04:50:00Z", "7-12-2026 05:50")] // winter: UTC+1
    [InlineData("2027-07-01T03:50:00Z", "1-7-2027 05:50")] // summer: UTC+2
    [InlineData("2026-12-06T23:30:00Z", "7-12-2026 00:30")] // already the next day in the Netherlands
    [InlineData("2027-03-28T01:30:00Z", "28-3-2027 03:30")] // just after the clocks went forward
    public void A_moment_is_shown_in_dutch_time_whatever_the_servers_zone(string utc, string expected) =>
        Assert.Equal(expected, DutchTime.DateTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_date_is_repeated_back_in_dutch_words() =>
        Assert.Equal("maandag 1 februari 2027", DutchTime.LongDate(new DateOnly(2027, 2, 1)));

    // The one "today" of the product (TimeProvider.Today, DutchTime.Day); the CLI pins the same in CheckCommandTests.
    [Theory]
    [InlineData("2026-12-05T23:30:00Z", "2026-12-06")] // winter: UTC+1
    [InlineData("2027-07-05T22:30:00Z", "2027-07-06")] // summer: UTC+2
    [InlineData("2027-07-05T21:59:59Z", "2027-07-05")] // the last second of the Dutch day
    public void Today_is_the_dutch_day_also_in_the_last_hours_of_the_utc_day(string utc, string day)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), time.Today());
    }
}
