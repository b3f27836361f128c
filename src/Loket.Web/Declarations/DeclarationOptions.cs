namespace Loket.Web.Declarations;

/// <summary>
/// Settings of the declarations slice. None of the five codes names a decision term, so the term is a
/// setting (default 10 working days), not a policy parameter.
/// </summary>
public sealed class DeclarationOptions
{
    public const string Section = "Declarations";

    /// <summary>No decision after this many working days: a reminder to the decider; after twice as many, escalation one level up.</summary>
    public int DecisionWorkingDays { get; set; } = 10;
}
