namespace Loket.Policy;

/// <summary>
/// Turns a validated policy into its compiled form once, at load time: conditions become bit masks and
/// every reason (citation and Dutch explanation) is built in advance.
/// </summary>
internal static class PolicyCompiler
{
    public static CompiledPolicy Compile(PolicyVersion policy)
    {
        var types = Enum.GetValues<DeclarationType>();
        var rulesByType = new CompiledRule[types.Length][];
        var silence = new Reason[types.Length];
        var fieldCounts = new int[types.Length];
        foreach (var type in types)
        {
            rulesByType[(int)type] = [.. policy.Rules.Where(r => r.Type == type).Select(r => CompileRule(policy, r))];
            fieldCounts[(int)type] = DeclarationFields.DeclarationFieldCount(type);
            silence[(int)type] = SilenceReason(policy, $"silent-{type.Name()}",
                SilenceExplanation(policy.TenantName, $"deze {type.DutchLabel()}"));
        }

        return new CompiledPolicy(
            new CompiledParameters(policy.GiftLimit, policy.CoolingOffPeriod),
            rulesByType,
            fieldCounts,
            silence,
            DepartmentRule(policy));
    }

    /// <summary>The Dutch sentence of a silence rule, the same wherever the code is silent.</summary>
    public static string SilenceExplanation(string tenantName, string topic) =>
        $"De gedragscode van {tenantName} zegt niets over {topic}; bespreek het met je leidinggevende.";

    private static CompiledRule CompileRule(PolicyVersion policy, PolicyRule rule)
    {
        var fields = DeclarationFields.For(rule.Type);
        var reason = rule.IsSilence
            ? SilenceReason(policy, rule.Id, rule.Explanation)
            : Cite(policy, rule.ArticleId, rule.Explanation, rule.Id, rule.Verdict, rule.Obligations,
                policy.Article(rule.ArticleId).IsLaw ? ReasonKind.Law : ReasonKind.CodeRule, rule.Quote);
        return new CompiledRule(
            [.. rule.When.Select(c => CompileCondition(fields, c))],
            [.. rule.WhenAny.Select(c => CompileCondition(fields, c))],
            [.. rule.Unless.Select(c => CompileCondition(fields, c))],
            reason.Verdict,
            ObligationSets.Mask(reason.Obligations),
            reason);
    }

    private static CompiledCondition CompileCondition(IReadOnlyList<FieldDefinition> fields, RuleCondition condition)
    {
        var index = fields.Select((f, i) => (f, i)).Single(p => p.f.Name == condition.Field).i;
        var values = fields[index].Values;
        ushort mask = 0;
        foreach (var value in condition.Values)
        {
            mask |= (ushort)(1 << values.ToList().IndexOf(value));
        }

        return new CompiledCondition((byte)index, mask);
    }

    private static Reason SilenceReason(PolicyVersion policy, string ruleId, string explanation) =>
        Cite(policy, policy.GeneralDutyArticleId, explanation, ruleId, Verdict.Oranje, [Obligation.DiscussWithManager], ReasonKind.Silence);

    private static CompiledRule DepartmentRule(PolicyVersion policy)
    {
        const string Explanation = "Op jouw afdeling is afgesproken dat er helemaal geen geschenken worden aangenomen; die afspraak gaat voor.";
        Reason reason = policy.DepartmentRulesArticleId is { } id
            ? Cite(policy, id, Explanation, "department-no-gifts", Verdict.Rood, [Obligation.Refuse], ReasonKind.DepartmentRule)
            : new Reason(policy.Tenant, policy.Version, "afdelingsregel", "Afdelingsregel: geen geschenken",
                "Op deze afdeling worden helemaal geen geschenken aangenomen.", Explanation, "department-no-gifts",
                Verdict.Rood, [Obligation.Refuse], ReasonKind.DepartmentRule);
        return new CompiledRule([], [], [], Verdict.Rood, ObligationSets.Mask(reason.Obligations), reason);
    }

    private static Reason Cite(PolicyVersion policy, string articleId, string explanation, string ruleId, Verdict verdict, IReadOnlyList<Obligation> obligations, ReasonKind kind, string? quote = null)
    {
        var article = policy.Article(articleId);
        return new Reason(policy.Tenant, policy.Version, article.Id, article.Title, quote ?? article.Excerpt, explanation, ruleId, verdict,
            ObligationSets.For(ObligationSets.Mask(obligations)), kind);
    }
}
