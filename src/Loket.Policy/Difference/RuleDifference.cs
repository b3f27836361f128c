namespace Loket.Policy;

/// <summary>The articles and rules part of <see cref="PolicyDifference"/>: matched by id, compared field by field.</summary>
internal static class RuleDifference
{
    public static void Articles(List<PolicyChange> changes, PolicyVersion before, PolicyVersion after)
    {
        foreach (var article in after.Articles)
        {
            if (!before.TryGetArticle(article.Id, out var old) || old is null)
            {
                changes.Add(new PolicyChange(article.Id, $"artikel erbij: {Q(article.Title)}, citaat {Q(article.Excerpt)}"));
                continue;
            }

            if (old.Title != article.Title)
            {
                changes.Add(new PolicyChange(article.Id, $"titel {Q(old.Title)} → {Q(article.Title)}"));
            }

            if (old.Excerpt != article.Excerpt)
            {
                changes.Add(new PolicyChange(article.Id, $"citaat {Q(old.Excerpt)} → {Q(article.Excerpt)}"));
            }
        }

        changes.AddRange(before.Articles.Where(a => !after.TryGetArticle(a.Id, out _))
            .Select(a => new PolicyChange(a.Id, $"artikel vervalt: {Q(a.Title)}")));
    }

    public static void Rules(List<PolicyChange> changes, PolicyVersion before, PolicyVersion after)
    {
        var old = before.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var kept = after.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in after.Rules)
        {
            if (!old.TryGetValue(rule.Id, out var was))
            {
                changes.Add(new PolicyChange(rule.ArticleId, $"regel '{rule.Id}' erbij ({rule.Type.DutchLabel()}{Conditions(rule)}): {Outcome(rule)}"));
                continue;
            }

            Compare(changes, was, rule);
        }

        changes.AddRange(before.Rules.Where(r => !kept.Contains(r.Id))
            .Select(r => new PolicyChange(r.ArticleId, $"regel '{r.Id}' ({r.Type.DutchLabel()}) vervalt; hij gaf: {Outcome(r)}")));
    }

    private static void Compare(List<PolicyChange> changes, PolicyRule was, PolicyRule rule)
    {
        void Add(string text) => changes.Add(new PolicyChange(rule.ArticleId, $"regel '{rule.Id}': {text}"));

        if (was.Type != rule.Type)
        {
            Add($"soort {was.Type.DutchLabel()} → {rule.Type.DutchLabel()}");
        }

        if (Conditions(was) != Conditions(rule))
        {
            Add($"voorwaarden{Or(Conditions(was))} →{Or(Conditions(rule))}");
        }

        if (was.IsSilence != rule.IsSilence || was.Verdict != rule.Verdict)
        {
            Add($"oordeel {Verdict(was)} → {Verdict(rule)}");
        }

        foreach (var added in rule.Obligations.Except(was.Obligations))
        {
            Add($"verplichting erbij: {added.DutchLabel()}");
        }

        foreach (var removed in was.Obligations.Except(rule.Obligations))
        {
            Add($"verplichting vervalt: {removed.DutchLabel()}");
        }

        if (was.ArticleId != rule.ArticleId)
        {
            Add($"artikel {was.ArticleId} → {rule.ArticleId}");
        }

        if (was.Explanation != rule.Explanation)
        {
            Add($"uitleg {Q(was.Explanation)} → {Q(rule.Explanation)}");
        }

        if (was.Quote != rule.Quote)
        {
            Add($"citaat {Q(was.Quote ?? "geen")} → {Q(rule.Quote ?? "geen")}");
        }
    }

    private static string Outcome(PolicyRule rule) =>
        rule.Obligations.Count == 0 ? Verdict(rule) : $"{Verdict(rule)}, {string.Join(", ", rule.Obligations.Select(o => o.DutchLabel()))}";

    private static string Verdict(PolicyRule rule) => rule.IsSilence ? "de code zwijgt (oranje)" : rule.Verdict.Name();

    /// <summary>", als valueEur = over-limit en status = accepted": the conditions as the file writes them.</summary>
    private static string Conditions(PolicyRule rule)
    {
        static string Each(IEnumerable<RuleCondition> conditions, string joint) =>
            string.Join(joint, conditions.Select(c => $"{c.Field} = {string.Join(" of ", c.Values)}"));

        var parts = new List<string>();
        if (rule.When.Count > 0)
        {
            parts.Add("als " + Each(rule.When, " en "));
        }

        if (rule.WhenAny.Count > 0)
        {
            parts.Add("als een van " + Each(rule.WhenAny, "; "));
        }

        if (rule.Unless.Count > 0)
        {
            parts.Add("behalve als " + Each(rule.Unless, "; "));
        }

        return parts.Count == 0 ? "" : ", " + string.Join(", ", parts);
    }

    private static string Or(string conditions) => conditions.Length == 0 ? " altijd" : " " + conditions[2..];

    private static string Q(string text) => PolicyDifference.Quoted(text);
}
