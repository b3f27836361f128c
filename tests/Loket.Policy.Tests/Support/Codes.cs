namespace Loket.Policy.Tests;

/// <summary>
/// The shipped policies, loaded once, and a compact way to check a declaration written in the JSON of
/// the CLI contract, so every table row reads like the example in the code.
/// </summary>
internal static class Codes
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly Lazy<PolicyCatalog> Loaded = new(() => PolicyCatalog.LoadDirectory(Repository.Policies));

    public static PolicyCatalog Catalog => Loaded.Value;

    public static IReadOnlyList<string> Tenants => [.. Catalog.Tenants.Select(t => t.Tenant)];

    public static Evaluation Check(string tenant, string json)
    {
        var parsed = DeclarationJson.Parse(json);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return Catalog.Evaluate(tenant, parsed.Input!.Declaration, parsed.Input.ToContext(Today));
    }

    public static Evaluation Check(string tenant, Declaration declaration, EvaluationContext? context = null) =>
        Catalog.Evaluate(tenant, declaration, context ?? new EvaluationContext(Today));

    /// <summary>Asserts the verdict, the exact obligations (comma-separated wire names) and the cited articles.</summary>
    public static void Expect(Evaluation evaluation, string verdict, string obligations, params string[] articles)
    {
        var because = Describe(evaluation);
        Assert.True(verdict == evaluation.Verdict.Name(), $"expected {verdict}; {because}");
        var expected = obligations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order().ToList();
        var actual = evaluation.Obligations.Select(o => o.Name()).Order().ToList();
        Assert.True(expected.SequenceEqual(actual), $"expected obligations [{string.Join(", ", expected)}]; {because}");
        foreach (var article in articles)
        {
            Assert.True(evaluation.Reasons.Any(r => r.ArticleId == article), $"expected a reason citing {article}; {because}");
        }
    }

    public static string Describe(Evaluation e) =>
        $"got {e.Verdict.Name()} [{string.Join(", ", e.Obligations.Select(o => o.Name()))}] from "
        + string.Join(" | ", e.Reasons.Select(r => $"{r.RuleId} ({r.ArticleId}, {r.Verdict.Name()})"));
}
