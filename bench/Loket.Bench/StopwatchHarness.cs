using System.Diagnostics;
using System.Globalization;
using Loket.Policy;

namespace Loket.Bench;

/// <summary>
/// A plain single-threaded throughput harness: evaluations per second for a gift check with the policy
/// loaded. Pin it to one core with <c>taskset -c 0</c>; it reports the median of several timed rounds,
/// both per wall-clock second and per second of CPU time the process got (on a shared, busy machine
/// the second is the fairer figure: it leaves out the time other processes held the core).
/// </summary>
internal static class StopwatchHarness
{
    private const int Rounds = 7;
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(1);

    public static int Run(string[] args)
    {
        var catalog = BenchPolicies.Load();
        var context = new EvaluationContext(BenchPolicies.Date);
        var tenants = args.Length > 0 ? args : catalog.Tenants.Select(t => t.Tenant).ToArray();
        Console.WriteLine($"cores visible: {Environment.ProcessorCount}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        foreach (var tenant in tenants)
        {
            var policy = catalog.InForce(tenant, BenchPolicies.Date);
            Measure($"{tenant} typical gift", policy, BenchPolicies.TypicalGift, context);
            Measure($"{tenant} worst gift", policy, BenchPolicies.WorstGift, context);
        }

        return 0;
    }

    private static void Measure(string name, PolicyVersion policy, Declaration gift, EvaluationContext context)
    {
        // Warm up so tiered JIT has promoted the evaluator before we time it.
        Loop(policy, gift, context, 2_000_000);
        var rates = new List<double>();
        var cpuRates = new List<double>();
        var allocated = 0L;
        var count = 0L;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var n = 0L;
            while (watch.Elapsed < RoundLength)
            {
                Loop(policy, gift, context, 100_000);
                n += 100_000;
            }

            watch.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            count += n;
            rates.Add(n / watch.Elapsed.TotalSeconds);
            cpuRates.Add(n / cpu.TotalSeconds);
        }

        rates.Sort();
        cpuRates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} wall: median {rates[Rounds / 2],12:N0}/s (min {rates[0],12:N0})   cpu: median {cpuRates[Rounds / 2],12:N0}/s   {allocated / (double)count:N0} B/eval"));
    }

    private static int Loop(PolicyVersion policy, Declaration gift, EvaluationContext context, int times)
    {
        var sink = 0;
        for (var i = 0; i < times; i++)
        {
            sink += (int)PolicyEvaluator.Evaluate(policy, gift, context).Verdict;
        }

        return sink;
    }
}
