using System.Diagnostics;

namespace Loket.Bench.Scale;

/// <summary>
/// Closed-loop workers: each sends its next request as soon as the last one answered, for a fixed time.
/// Every latency is kept; a request that answers with another status counts as an error, not a sample.
/// </summary>
internal sealed class LoadPhase
{
    public Dictionary<string, List<double>> Latencies { get; } = [];

    public Dictionary<string, int> Errors { get; } = [];

    public TimeSpan Elapsed { get; private set; }

    public static async Task<LoadPhase> RunAsync(IReadOnlyList<BenchSession> sessions, IReadOnlyList<Probe> probes, TimeSpan duration, int seed)
    {
        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(sessions.Select((session, w) => Task.Run(() => WorkAsync(session, probes, w, watch, duration, new Random(seed + w)))));
        var phase = new LoadPhase { Elapsed = watch.Elapsed };
        foreach (var (name, milliseconds, ok) in results.SelectMany(r => r))
        {
            if (ok)
            {
                phase.Latencies.TryAdd(name, []);
                phase.Latencies[name].Add(milliseconds);
            }
            else
            {
                phase.Errors[name] = phase.Errors.GetValueOrDefault(name) + 1;
            }
        }

        return phase;
    }

    private static async Task<List<(string, double, bool)>> WorkAsync(BenchSession session, IReadOnlyList<Probe> probes, int worker, Stopwatch watch, TimeSpan duration, Random random)
    {
        var samples = new List<(string, double, bool)>();
        for (var k = worker; watch.Elapsed < duration; k++)
        {
            var probe = probes[k % probes.Count];
            var started = Stopwatch.GetTimestamp();
            using var response = await session.SendAsync(probe.Request(random));
            // Read the whole body: a page is only served when its last byte is.
            await response.Content.ReadAsByteArrayAsync();
            samples.Add((probe.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, response.StatusCode == probe.Expected));
        }

        return samples;
    }
}
