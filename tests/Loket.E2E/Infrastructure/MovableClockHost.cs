using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// The app on a clock the test can move forward: the real time plus an offset, so time still runs (sessions,
/// timers and the browser's cookies behave as they would) while the app lives on a later day. Scheduled jobs
/// are off: a test that moves days ahead asserts the pages, not the reminders the jump would send.
/// </summary>
public sealed class MovableClockHost() : LoketHost(new Dictionary<string, string?> { ["Jobs:IntervalSeconds"] = "0" })
{
    // Initialised before the base constructor starts the server, which registers it.
    public MovedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>The system clock moved forward by whole days; only "now" moves, timers and stopwatches stay the system's.</summary>
public sealed class MovedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void MoveDays(int days) => Interlocked.Add(ref offsetTicks, TimeSpan.FromDays(days).Ticks);
}
