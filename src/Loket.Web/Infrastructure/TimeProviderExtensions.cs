namespace Loket.Web.Infrastructure;

/// <summary>The calendar day questions of the product (deadlines, "current", periods) all ask the same clock the same way.</summary>
public static class TimeProviderExtensions
{
    /// <summary>Today in the server's local time zone (a municipality's day, not UTC's).</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
