using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The policy catalog and the one way the app asks it for a verdict: on the engine's typed record, read
/// from the form (<see cref="FormAnswers"/>) or from the JSON of the CLI contract (the API and stored
/// answers), so web, API and CLI judge alike. The catalogue is the approved versions in the database
/// (<see cref="PolicyVersions.PolicyHistory"/>), swapped whole when one is approved
/// (<see cref="PolicyVersions.PolicyCatalogRefresh"/>); a verdict reads one catalogue from start to end.
/// </summary>
public sealed class PolicyEngine(PolicyCatalog catalog)
{
    private volatile PolicyCatalog catalog = catalog;

    /// <summary>The catalogue in force now: every approved version of every code.</summary>
    public PolicyCatalog Catalog => catalog;

    /// <summary>The codes that exist (a municipality's <c>PolicySlug</c> must be one of these), in order.</summary>
    public IReadOnlyList<string> PolicySlugs => [.. catalog.Tenants.Select(t => t.Tenant)];

    public bool Knows(string policySlug) => catalog.Contains(policySlug);

    /// <summary>Swaps the catalogue in one step; requests already judging keep the one they read.</summary>
    internal void Replace(PolicyCatalog approved) => catalog = approved;

    public sealed record Result(Evaluation? Evaluation, Declaration? Declaration, IReadOnlyList<string> Errors)
    {
        /// <summary>The type of the declaration judged (when it could be read), so a caller need not parse the answers again.</summary>
        public DeclarationType? Type => Declaration?.Type;

        /// <summary>The answers as stored: the contract JSON of the typed record, stated answers only.</summary>
        public string? Answers => Declaration is null ? null : DeclarationJson.Write(Declaration);
    }

    /// <summary>Judges the form's answers, read into the engine's record field by field.</summary>
    public Result Evaluate(Declarant declarant, DeclarationType type, IReadOnlyDictionary<string, string?> answers, DateOnly date)
    {
        var (declaration, errors) = FormAnswers.Read(type, answers);
        return errors.Count > 0 ? new Result(null, null, errors) : Evaluate(declarant, declaration, date);
    }

    /// <summary>Judges answers stored or posted as contract JSON, for the employee <paramref name="declarant"/> describes.</summary>
    public Result EvaluateJson(Declarant declarant, string json, DateOnly date)
    {
        var parsed = DeclarationJson.Parse(json);
        return parsed.IsValid ? Evaluate(declarant, parsed.Input!.Declaration, date) : new Result(null, null, parsed.Errors);
    }

    /// <summary>Judges a typed declaration; the function flags and department come from the employee's records, never from the caller.</summary>
    public Result Evaluate(Declarant declarant, Declaration declaration, DateOnly date)
    {
        PolicyVersion policy;
        try
        {
            policy = catalog.InForce(declarant.PolicySlug, date);
        }
        catch (PolicyNotInForceException e)
        {
            return new Result(null, null, [e.Message]);
        }

        var evaluation = PolicyEvaluator.Evaluate(policy, declaration, new EvaluationContext(date, declarant.Designated, declarant.TopOfficial, declarant.Department));
        return new Result(evaluation, declaration, []);
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
