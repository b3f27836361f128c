namespace Loket.Policy;

/// <summary>Why a rule fired: which rule of the code applies, and what the code says.</summary>
public enum ReasonKind
{
    /// <summary>A rule of the code itself.</summary>
    CodeRule,

    /// <summary>A statute decides where the code leaves the question to the law.</summary>
    Law,

    /// <summary>The code says nothing on the question; Oranje, discuss it with your manager.</summary>
    Silence,

    /// <summary>A stricter rule of the employee's department.</summary>
    DepartmentRule,
}

/// <summary>
/// One rule that fired, with its citation: tenant, code version, article id, title and excerpt, and a
/// Dutch sentence saying why it fired.
/// </summary>
public sealed record Reason(
    string Tenant,
    string Version,
    string ArticleId,
    string ArticleTitle,
    string Excerpt,
    string Explanation,
    string RuleId,
    Verdict Verdict,
    IReadOnlyList<Obligation> Obligations,
    ReasonKind Kind);
