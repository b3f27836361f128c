using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Infrastructure;

/// <summary>The calendar day questions of the product (deadlines, "current", periods) all ask the same clock the same way.</summary>
public static class TimeProviderExtensions
{
    /// <summary>Today in the Netherlands (a municipality's day), not UTC's nor the server's time zone.</summary>
    public static DateOnly Today(this TimeProvider time) => DutchTime.Day(time.GetUtcNow());
}
