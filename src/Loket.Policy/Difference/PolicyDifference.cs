using System.Globalization;

namespace Loket.Policy;

/// <summary>
/// What a new version changes against the one it replaces, in terms of the code: its data, parameters,
/// articles and rules (by id), computed from the two compiled versions, never from the text. Moving a rule
/// or reformatting the file is therefore no change; a new limit, verdict, obligation or citation is.
/// </summary>
public static class PolicyDifference
{
    /// <summary>Every change from <paramref name="before"/> to <paramref name="after"/>, data first, then parameters, articles and rules.</summary>
    public static IReadOnlyList<PolicyChange> Between(PolicyVersion before, PolicyVersion after)
    {
        var changes = new List<PolicyChange>();
        Data(changes, "naam van de gemeente", before.TenantName, after.TenantName);
        Data(changes, "titel", before.Title, after.Title);
        Data(changes, "datum van het document", Date(before.DocumentDate), Date(after.DocumentDate));
        Data(changes, "bron", before.Source, after.Source);
        Data(changes, "artikel bij een stilte van de code (general-duty)", before.GeneralDutyArticleId, after.GeneralDutyArticleId);
        Data(changes, "artikel voor afdelingsregels", before.DepartmentRulesArticleId ?? "geen", after.DepartmentRulesArticleId ?? "geen");
        Parameters(changes, before, after);
        RuleDifference.Articles(changes, before, after);
        RuleDifference.Rules(changes, before, after);
        return changes;
    }

    /// <summary>"€ 50" or "€ 49,99", as the codes write amounts.</summary>
    public static string Euro(decimal amount) =>
        "€ " + amount.ToString(amount == decimal.Truncate(amount) ? "0" : "0.00", CultureInfo.GetCultureInfo("nl-NL"));

    internal static string Date(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    internal static string Quoted(string text) => $"\u201C{text}\u201D";

    private static void Data(List<PolicyChange> changes, string what, string before, string after)
    {
        if (before != after)
        {
            changes.Add(new PolicyChange(null, $"{what} {Quoted(before)} → {Quoted(after)}"));
        }
    }

    private static void Parameters(List<PolicyChange> changes, PolicyVersion before, PolicyVersion after)
    {
        switch (before.GiftLimit, after.GiftLimit)
        {
            case (null, { } added):
                changes.Add(new PolicyChange(added.ArticleId, $"geschenkgrens {Euro(added.AmountEur)} ingesteld ({Quoted(added.Wording)})"));
                break;
            case ({ } removed, null):
                changes.Add(new PolicyChange(removed.ArticleId, $"geschenkgrens {Euro(removed.AmountEur)} vervalt"));
                break;
            case ({ } old, { } @new):
                if (old.AmountEur != @new.AmountEur)
                {
                    changes.Add(new PolicyChange(@new.ArticleId, $"grens {Euro(old.AmountEur)} → {Euro(@new.AmountEur)}"));
                }

                if (old.Kind != @new.Kind)
                {
                    changes.Add(new PolicyChange(@new.ArticleId, @new.Kind == GiftLimitKind.RefuseAbove
                        ? $"een geschenk van precies {Euro(@new.AmountEur)} mag je nu aannemen (accept: up-to)"
                        : $"een geschenk van precies {Euro(@new.AmountEur)} neem je nu niet meer aan (accept: below)"));
                }

                if (old.Wording != @new.Wording)
                {
                    changes.Add(new PolicyChange(@new.ArticleId, $"woorden van de grens {Quoted(old.Wording)} → {Quoted(@new.Wording)}"));
                }

                break;
        }

        var (oldPeriod, newPeriod) = (before.CoolingOffPeriod, after.CoolingOffPeriod);
        if (oldPeriod?.Months != newPeriod?.Months)
        {
            changes.Add(new PolicyChange(newPeriod?.ArticleId ?? oldPeriod?.ArticleId,
                $"termijn voor het inhuren van ex-collega's {Months(oldPeriod)} → {Months(newPeriod)}"));
        }

        var oldFunctions = before.DesignatedFunctions?.Functions ?? [];
        var newFunctions = after.DesignatedFunctions?.Functions ?? [];
        var functionsArticle = after.DesignatedFunctions?.ArticleId ?? before.DesignatedFunctions?.ArticleId;
        changes.AddRange(newFunctions.Except(oldFunctions).Select(f => new PolicyChange(functionsArticle, $"aangewezen functie (financiële belangen) erbij: {Quoted(f)}")));
        changes.AddRange(oldFunctions.Except(newFunctions).Select(f => new PolicyChange(functionsArticle, $"aangewezen functie (financiële belangen) vervalt: {Quoted(f)}")));

        if (before.DecisionTerm.WorkingDays != after.DecisionTerm.WorkingDays)
        {
            changes.Add(new PolicyChange(after.DecisionTerm.ArticleId ?? before.DecisionTerm.ArticleId,
                $"beslistermijn {before.DecisionTerm.WorkingDays} → {after.DecisionTerm.WorkingDays} werkdagen"));
        }

        var oldDestinations = string.Join(", ", before.GiftDestinations.Allowed.Select(d => d.Name()));
        var newDestinations = string.Join(", ", after.GiftDestinations.Allowed.Select(d => d.Name()));
        if (oldDestinations != newDestinations)
        {
            changes.Add(new PolicyChange(after.GiftDestinations.ArticleId ?? before.GiftDestinations.ArticleId,
                $"bestemmingen van een geschenk {oldDestinations} → {newDestinations}"));
        }
    }

    private static string Months(CoolingOffPeriod? period) => period is null ? "geen" : $"{period.Months} maanden";
}
