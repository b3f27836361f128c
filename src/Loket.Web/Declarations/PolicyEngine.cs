using System.Globalization;
using System.Text.Json.Nodes;
using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The policy catalog, loaded once, and the one way the app asks it for a verdict: from the answers a
/// form or the API posted, in the JSON of the CLI contract, so web, API and CLI judge alike.
/// </summary>
public sealed class PolicyEngine(PolicyCatalog catalog)
{
    public sealed record Result(Evaluation? Evaluation, string? Answers, IReadOnlyList<string> Errors)
    {
        /// <summary>The type of the declaration judged (when it could be read), so a caller need not parse the answers again.</summary>
        public DeclarationType? Type { get; init; }
    }

    public static PolicyEngine Load(IConfiguration configuration) =>
        new(PolicyCatalog.LoadDirectory(configuration["Policies:Root"] ?? Path.Combine(AppContext.BaseDirectory, "policies")));

    /// <summary>Judges form answers ("true"/"false"/"" for flags, the wire value for choices, euros as typed, read by <see cref="EuroAmount"/>).</summary>
    public Result Evaluate(Declarant declarant, DeclarationType type, IReadOnlyDictionary<string, string?> answers, DateOnly date)
    {
        var json = new JsonObject { ["type"] = type.Name() };
        var errors = new List<string>();
        foreach (var field in DeclarationFields.For(type).Where(f => !f.FromContext))
        {
            var raw = answers.TryGetValue(field.Name, out var v) ? v?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            switch (field.Kind)
            {
                case FieldKind.Flag when raw is "true" or "false":
                    json[field.Name] = raw == "true";
                    break;
                case FieldKind.Choice when field.Values.Contains(raw) && raw != "unknown":
                    json[field.Name] = raw;
                    break;
                case FieldKind.GiftValue when EuroAmount.Parse(raw) is { Euros: { } euros }:
                    json[field.Name] = euros;
                    break;
                case FieldKind.Months when int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var months):
                    json[field.Name] = months;
                    break;
                case FieldKind.GiftValue:
                    errors.Add(EuroAmount.Parse(raw).Error!);
                    break;
                case FieldKind.Months:
                    errors.Add("Vul het aantal maanden in als een heel getal, bijvoorbeeld 18.");
                    break;
                default:
                    errors.Add($"Kies een van de antwoorden bij: {FieldLabels.Question(field.Name)}");
                    break;
            }
        }

        return errors.Count > 0 ? new Result(null, null, errors) : EvaluateJson(declarant, json.ToJsonString(), date);
    }

    /// <summary>Judges answers stored or posted as contract JSON, for the employee <paramref name="declarant"/> describes.</summary>
    public Result EvaluateJson(Declarant declarant, string json, DateOnly date)
    {
        var parsed = DeclarationJson.Parse(json);
        if (!parsed.IsValid)
        {
            return new Result(null, null, parsed.Errors);
        }

        PolicyVersion policy;
        try
        {
            policy = catalog.InForce(declarant.PolicySlug, date);
        }
        catch (PolicyNotInForceException e)
        {
            return new Result(null, null, [e.Message]);
        }

        var evaluation = PolicyEvaluator.Evaluate(policy, parsed.Input!.Declaration, new EvaluationContext(date, declarant.Designated, declarant.TopOfficial, declarant.Department));
        return new Result(evaluation, json, []) { Type = parsed.Input.Declaration.Type };
    }

    /// <summary>The decision term of the code in force on <paramref name="date"/>; the default when none is.</summary>
    public DecisionTerm DecisionTerm(string policySlug, DateOnly date)
    {
        try
        {
            return catalog.InForce(policySlug, date).DecisionTerm;
        }
        catch (PolicyNotInForceException)
        {
            return Policy.DecisionTerm.Default;
        }
    }

    /// <summary>The gift destinations the code in force on <paramref name="date"/> allows; every one when none is in force.</summary>
    public GiftDestinations GiftDestinations(string policySlug, DateOnly date)
    {
        try
        {
            return catalog.InForce(policySlug, date).GiftDestinations;
        }
        catch (PolicyNotInForceException)
        {
            return Policy.GiftDestinations.Default;
        }
    }

    /// <summary>"leiden 1.3: 4.3, 4.4": the version and the articles cited, kept with the declaration.</summary>
    public static string Citation(Evaluation evaluation) =>
        $"{evaluation.Tenant} {evaluation.Version}: {string.Join(", ", evaluation.Reasons.Select(r => r.ArticleId).Distinct())}";
}
