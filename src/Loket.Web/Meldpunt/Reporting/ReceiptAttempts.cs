using System.Threading.RateLimiting;
using Loket.Web.Infrastructure.Web;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// Limits on typing receipt codes, none of which an attacker can aim at someone else's case: per client
/// (a keyed hash of the address, in memory only) and for all clients together on this node, checked
/// before the code is even hashed. Wrong codes are counted in a sliding window; crossing the threshold
/// starts a guessing wave, reported once (<see cref="GuessingWaveAlert"/>).
/// </summary>
/// <remarks>
/// The space is 10^16 codes. With the default global limit (300 per 15 minutes, 1,200 an hour per node)
/// and 10,000 open codes, one attempt hits some code with chance 10^-12: about 10^12 attempts, or
/// some 95,000 years per node, are expected before the first hit.
/// </remarks>
public sealed class ReceiptAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly FixedWindowRateLimiter global;
    private readonly TimeProvider time;
    private readonly int waveFailures;
    private readonly TimeSpan waveWindow;
    private readonly Queue<DateTimeOffset> failures = new();
    private readonly Lock gate = new();
    private DateTimeOffset waveUntil = DateTimeOffset.MinValue;

    public ReceiptAttempts(IConfiguration configuration, TimeProvider time)
    {
        this.time = time;
        var window = TimeSpan.FromMinutes(configuration.GetValue("Security:ReceiptAttemptWindowMinutes", 15));
        var addressLimit = configuration.GetValue("Security:ReceiptAttemptsPerAddress", 10);
        perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = addressLimit, Window = window }));
        global = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("Security:ReceiptAttemptsGlobal", 300), Window = window });
        waveFailures = configuration.GetValue("Security:GuessingWaveFailures", 100);
        waveWindow = TimeSpan.FromMinutes(configuration.GetValue("Security:GuessingWaveWindowMinutes", 15));
    }

    /// <summary>Null when this attempt may go ahead; otherwise how long to wait, in whole minutes (at least one).</summary>
    public int? Refuse(HttpContext context)
    {
        // The client's own limit first, so a single guesser uses up its own allowance, not everyone's.
        using var own = perAddress.AttemptAcquire(AddressKey.Of(context));
        if (!own.IsAcquired)
        {
            return Minutes(own);
        }

        using var all = global.AttemptAcquire();
        return all.IsAcquired ? null : Minutes(all);
    }

    /// <summary>Counts a wrong code; true when this one starts a guessing wave (once per wave on this node).</summary>
    public bool Failed(out int inWindow)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            failures.Enqueue(now);
            while (failures.Count > 0 && failures.Peek() <= now - waveWindow)
            {
                failures.Dequeue();
            }

            inWindow = failures.Count;
            if (inWindow < waveFailures)
            {
                return false;
            }

            // Above the threshold: a wave goes on as long as it stays there; a quiet window ends it.
            var starts = now >= waveUntil;
            waveUntil = now + waveWindow;
            return starts;
        }
    }

    public TimeSpan WaveWindow => waveWindow;

    private static int Minutes(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalMinutes)) : 1;

    public void Dispose()
    {
        perAddress.Dispose();
        global.Dispose();
    }
}
