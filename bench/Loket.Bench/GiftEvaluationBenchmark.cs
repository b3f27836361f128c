using BenchmarkDotNet.Attributes;
using Loket.Policy;

namespace Loket.Bench;

/// <summary>One gift check with the policy loaded and compiled (issue 3, point 7).</summary>
[MemoryDiagnoser]
public class GiftEvaluationBenchmark
{
    private PolicyVersion leiden = null!;
    private PolicyVersion hertogenbosch = null!;
    private EvaluationContext context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BenchPolicies.Load();
        leiden = catalog.InForce("leiden", BenchPolicies.Date);
        hertogenbosch = catalog.InForce("s-hertogenbosch", BenchPolicies.Date);
        context = new EvaluationContext(BenchPolicies.Date);
    }

    [Benchmark(Baseline = true)]
    public Evaluation TypicalGiftInLeiden() => PolicyEvaluator.Evaluate(leiden, BenchPolicies.TypicalGift, context);

    [Benchmark]
    public Evaluation WorstGiftInLeiden() => PolicyEvaluator.Evaluate(leiden, BenchPolicies.WorstGift, context);

    [Benchmark]
    public Evaluation WorstGiftInSHertogenbosch() => PolicyEvaluator.Evaluate(hertogenbosch, BenchPolicies.WorstGift, context);
}
