using BenchmarkDotNet.Running;
using Loket.Bench.Scale;

namespace Loket.Bench;

// An explicit class, not top-level statements: those would declare a global `Program` that clashes
// with the web app's own public `Program`, which this project references for the scale run.
internal static class Program
{
    // `stopwatch` runs the quick single-threaded harness (run it under `taskset -c 0`); `generate`, `plans`
    // and `load` are the scale run (`load` runs `plans` first); anything else goes to BenchmarkDotNet's switcher, e.g. `--filter *GiftEvaluation*`.
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["stopwatch", ..]:
                return StopwatchHarness.Run(args[1..]);
            case ["generate", ..]:
                return await ScaleGenerator.RunAsync(ScaleOptions.Parse(args[1..]));
            case ["plans", ..]:
                return await PlanProbe.RunAsync(ScaleOptions.Parse(args[1..]));
            case ["report", ..]:
                return await ReportBench.RunAsync(ScaleOptions.Parse(args[1..]));
            case ["load", ..]:
                return await LoadRun.RunAsync(ScaleOptions.Parse(args[1..]));
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
