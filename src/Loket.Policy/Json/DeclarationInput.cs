namespace Loket.Policy;

/// <summary>A declaration read from JSON, with the date and function flags that travel with it.</summary>
public sealed record DeclarationInput(
    Declaration Declaration,
    DateOnly? Date,
    bool DesignatedForFinancialInterests,
    bool TopOfficial,
    bool DepartmentNoGiftsAtAll)
{
    /// <summary>
    /// The evaluation context; <paramref name="today"/> is used when the declaration states no date
    /// (the caller reads it from its TimeProvider: the library has no clock).
    /// </summary>
    public EvaluationContext ToContext(DateOnly today) => new(
        Date ?? today,
        DesignatedForFinancialInterests,
        TopOfficial,
        DepartmentNoGiftsAtAll ? new DepartmentRules(NoGiftsAtAll: true) : null);
}

/// <summary>The outcome of <see cref="DeclarationJson.Parse"/>: the input, or Dutch error messages.</summary>
public sealed record DeclarationParseResult(DeclarationInput? Input, IReadOnlyList<string> Errors)
{
    public bool IsValid => Input is not null && Errors.Count == 0;
}
