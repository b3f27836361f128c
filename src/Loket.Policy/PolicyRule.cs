namespace Loket.Policy;

/// <summary>One condition of a rule: the field has one of the listed values.</summary>
public sealed record RuleCondition(string Field, IReadOnlyList<string> Values);

/// <summary>
/// A rule as written in the policy file. It fires when every <see cref="When"/> condition holds, at
/// least one <see cref="WhenAny"/> condition holds (if there are any), and no <see cref="Unless"/>
/// condition holds. A silence rule records that the code says nothing on a question.
/// <see cref="Quote"/> is the exact sentence of the article that decides, shown instead of the article's
/// general excerpt.
/// </summary>
public sealed record PolicyRule(
    string Id,
    DeclarationType Type,
    IReadOnlyList<RuleCondition> When,
    IReadOnlyList<RuleCondition> WhenAny,
    IReadOnlyList<RuleCondition> Unless,
    Verdict Verdict,
    IReadOnlyList<Obligation> Obligations,
    string ArticleId,
    string Explanation,
    bool IsSilence,
    int Line,
    string? Quote = null);
