using System.Text.Json.Nodes;
using Loket.Policy;
using Loket.Web.Declarations;

namespace Loket.Bench.Scale;

/// <summary>
/// Answers in the contract JSON with the verdict and citation the product's own engine gives them,
/// judged once per code of conduct and type, then drawn at random: 2 million evaluations would add
/// nothing but time, and every stored verdict still matches its answers.
/// </summary>
internal sealed class AnswerPool
{
    public sealed record Answer(string Json, string Verdict, string Citation);

    private const int PerType = 40;

    private readonly Dictionary<(string Policy, DeclarationType Type), Answer[]> answers = [];

    public AnswerPool(PolicyEngine engine, IEnumerable<string> policySlugs, IEnumerable<DeclarationType> types, DateOnly today, Random random)
    {
        foreach (var slug in policySlugs)
        {
            foreach (var type in types)
            {
                answers[(slug, type)] = [.. Enumerable.Range(0, PerType).Select(_ => Judge(engine, slug, type, today, random))];
            }
        }
    }

    public Answer Draw(string policySlug, DeclarationType type, Random random)
    {
        var pool = answers[(policySlug, type)];
        return pool[random.Next(pool.Length)];
    }

    private static Answer Judge(PolicyEngine engine, string slug, DeclarationType type, DateOnly today, Random random)
    {
        var json = RandomAnswers(type, random).ToJsonString();
        var result = engine.EvaluateJson(new Declarant(slug, Designated: false, TopOfficial: false, Department: null), json, today);
        var evaluation = result.Evaluation ?? throw new InvalidOperationException($"{slug} cannot judge {json}: {string.Join("; ", result.Errors)}");
        return new Answer(json, evaluation.Verdict.ToString(), PolicyEngine.Citation(evaluation));
    }

    /// <summary>Mostly harmless answers, now and then a flag that matters, as people actually declare.</summary>
    public static JsonObject RandomAnswers(DeclarationType type, Random random)
    {
        var json = new JsonObject { ["type"] = type.Name() };
        foreach (var field in DeclarationFields.For(type).Where(f => !f.FromContext))
        {
            json[field.Name] = field.Kind switch
            {
                FieldKind.GiftValue => (decimal)random.Next(5, 150),
                FieldKind.Months => random.Next(0, 36),
                FieldKind.Choice => field.Values[random.Next(field.Values.Count - 1)], // the last value is "unknown"
                _ => random.NextDouble() < 0.15,
            };
        }

        return json;
    }
}
