namespace Loket.Policy;

/// <summary>How a code words its gift limit; the difference decides a gift of exactly the amount.</summary>
public enum GiftLimitKind
{
    /// <summary>"minder dan € 50" (Leiden, Leiderdorp 4.3): only a value strictly below the amount may be accepted.</summary>
    AcceptOnlyBelow,

    /// <summary>"meer dan € 50" (Alphen 4, 's-Hertogenbosch 3.1 rule 6a): only a value above the amount is refused.</summary>
    RefuseAbove,
}

/// <summary>The gift limit with the code's exact wording.</summary>
public sealed record GiftLimit(decimal AmountEur, GiftLimitKind Kind, string Wording, string ArticleId)
{
    /// <summary>True when a gift of this estimated value is over the code's limit.</summary>
    public bool IsOver(decimal valueEur) => Kind == GiftLimitKind.AcceptOnlyBelow ? valueEur >= AmountEur : valueEur > AmountEur;
}

/// <summary>A period after leaving service within which a former colleague is not hired (Alphen toel. 7: two years).</summary>
public sealed record CoolingOffPeriod(int Months, string Wording, string ArticleId);

/// <summary>The functions designated to report financial interests (Alphen bijlage).</summary>
public sealed record DesignatedFunctions(string ArticleId, IReadOnlyList<string> Functions);

/// <summary>
/// How many working days (Monday to Friday) a decider has for a declaration before a reminder, and twice
/// as many before escalation. None of the five codes names a term, so a policy without this parameter
/// gets <see cref="Default"/>; a code that sets one cites its article.
/// </summary>
public sealed record DecisionTerm(int WorkingDays, string? ArticleId)
{
    public static DecisionTerm Default { get; } = new(10, null);
}

/// <summary>
/// The annual integrity report shows no count from 1 up to this number minus one ("&lt; 5"): a small number in
/// a department or a month points at a person. A municipality's policy file may set it under
/// <c>parameters.annual-report.suppress-below</c>; none of the five codes does, so all get <see cref="Default"/>.
/// It lives with the code because the code is what the municipality adopts and versions; the year's report
/// uses the version in force on its last day.
/// </summary>
public sealed record SuppressionThreshold(int SmallestShown)
{
    public const int Lowest = 3;

    public const int Highest = 20;

    public static SuppressionThreshold Default { get; } = new(5);
}
