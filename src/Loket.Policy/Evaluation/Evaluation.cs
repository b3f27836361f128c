namespace Loket.Policy;

/// <summary>
/// The answer to one declaration: the worst colour among the rules that fired, the union of their
/// obligations in a stable order, and every rule that fired in policy-file order.
/// </summary>
public sealed record Evaluation(
    string Tenant,
    string Version,
    Verdict Verdict,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<Reason> Reasons);
