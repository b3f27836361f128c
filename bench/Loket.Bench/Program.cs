using BenchmarkDotNet.Running;
using Loket.Bench;

// `stopwatch` runs the quick single-threaded harness (run it under `taskset -c 0`); anything else goes
// to BenchmarkDotNet's switcher, e.g. `--filter *GiftEvaluation*`.
if (args is ["stopwatch", ..])
{
    return StopwatchHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
