using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>What the decision form posts.</summary>
public sealed class DecisionForm
{
    public DeclarationStatus? Outcome { get; set; }

    public List<DecisionConditions> Conditions { get; set; } = [];

    public string? ConditionsText { get; set; }

    public string? Motivation { get; set; }

    public GiftDestination? GiftDestination { get; set; }

    public Decision ToDecision() => new(
        Outcome ?? DeclarationStatus.Submitted,
        Motivation,
        Conditions.Aggregate(DecisionConditions.None, (all, c) => all | c),
        ConditionsText,
        GiftDestination);
}
