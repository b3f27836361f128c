using System.Globalization;
using System.Text;

namespace Loket.Bench.Scale;

/// <summary>Phases of one load run, merged per operation, as a markdown table and the two targets of issue 4, point 10.</summary>
internal sealed class LoadReport(ScaleOptions options, long rows)
{
    private const double RegisterP95TargetMs = 100, SubmitRatioTarget = 0.30;

    private readonly Dictionary<string, List<double>> latencies = [];
    private readonly Dictionary<string, int> errors = [];
    private readonly Dictionary<string, TimeSpan> time = [];
    private readonly List<double> loadAverages = [];

    public void Add(LoadPhase phase, double loadAverage)
    {
        loadAverages.Add(loadAverage);
        foreach (var (name, samples) in phase.Latencies)
        {
            latencies.TryAdd(name, []);
            latencies[name].AddRange(samples);
            time[name] = time.GetValueOrDefault(name) + phase.Elapsed;
        }

        foreach (var (name, count) in phase.Errors)
        {
            errors[name] = errors.GetValueOrDefault(name) + count;
        }
    }

    public string Markdown()
    {
        var register = latencies.Where(l => l.Key.StartsWith("register", StringComparison.Ordinal)).SelectMany(l => l.Value).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Provider {options.Provider}, {rows:N0} declarations, {options.Workers} workers, {options.Seconds} s per measured phase, load average (1 min) after each phase: {string.Join(" / ", loadAverages.Select(l => l.ToString("F1", CultureInfo.InvariantCulture)))}");
        text.AppendLine();
        text.AppendLine("| operation | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        Row(text, "register page, all kinds", register, latencies.Keys.Where(k => k.StartsWith("register", StringComparison.Ordinal)).Sum(k => errors.GetValueOrDefault(k)), time.GetValueOrDefault(Probe.Register[0].Name));
        foreach (var (name, samples) in latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            Row(text, name, samples, errors.GetValueOrDefault(name), time[name]);
        }

        var submit = Throughput(Probe.Submit.Name);
        var bare = Throughput(Probe.BareInsert.Name);
        var p95 = Percentile(register, 95);
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- register page p95: {p95:F1} ms (target < {RegisterP95TargetMs} ms: {(p95 < RegisterP95TargetMs ? "met" : "NOT met")})");
        text.AppendLine(CultureInfo.InvariantCulture, $"- submit / bare insert throughput: {submit:F1} / {bare:F1} req/s = {submit / bare:P1} (target ≥ {SubmitRatioTarget:P0}: {(submit / bare >= SubmitRatioTarget ? "met" : "NOT met")})");
        return text.ToString();
    }

    private double Throughput(string name) => latencies.TryGetValue(name, out var samples) ? samples.Count / time[name].TotalSeconds : 0;

    private static double Percentile(List<double> samples, double p)
    {
        samples.Sort();
        return Percentiles.Of(samples, p);
    }

    private static void Row(StringBuilder text, string name, List<double> samples, int errorCount, TimeSpan elapsed) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {samples.Count:N0} | {errorCount:N0} | {samples.Count / elapsed.TotalSeconds:F1} | {Percentile(samples, 50):F1} | {Percentile(samples, 95):F1} | {Percentile(samples, 99):F1} |");
}
