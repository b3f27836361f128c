namespace Loket.Policy;

/// <summary>
/// What the evaluator needs to know besides the declaration: the date that selects the code version,
/// the employee's function flags and the rules of their department.
/// </summary>
/// <param name="Date">The date of the declaration; the policy must be in force on it.</param>
/// <param name="IsDesignatedForFinancialInterests">The function is designated for reporting financial interests (Alphen bijlage; 's-Hertogenbosch 4.1 rule 10 risk functions).</param>
/// <param name="IsTopOfficial">Gemeentesecretaris or directeur: side activities are published (Alphen toel. 3, 's-Hertogenbosch 4.1 rule 6; elsewhere Ambtenarenwet 2017 art. 5 lid 1 c).</param>
public sealed record EvaluationContext(
    DateOnly Date,
    bool IsDesignatedForFinancialInterests = false,
    bool IsTopOfficial = false,
    DepartmentRules? DepartmentRules = null)
{
    public DepartmentRules Department => DepartmentRules ?? DepartmentRules.None;
}

/// <summary>
/// Stricter rules a department has agreed on top of the code ('s-Hertogenbosch 3.1 rule 8: "Zo zijn er
/// afdelingen waar is afgesproken dat er helemaal geen geschenken worden aangenomen.").
/// </summary>
/// <param name="NoGiftsAtAll">The department accepts no gifts at all.</param>
/// <param name="Description">How the department words its rule, shown in the reason.</param>
public sealed record DepartmentRules(bool NoGiftsAtAll = false, string? Description = null)
{
    public static DepartmentRules None { get; } = new();
}
