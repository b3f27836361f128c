using System.Collections.Frozen;

namespace Loket.Policy;

/// <summary>
/// What happens to a gift once decided on. Which of these a manager may choose is the code's to say
/// (<see cref="GiftDestinations"/>): 's-Hertogenbosch 3.1 rule 7 lets the manager decide, keeping
/// included; Alphen toel. 4 makes gifts municipal property, collected and shared out, so not kept.
/// </summary>
public enum GiftDestination
{
    Keep,
    Raffle,
    Display,
    Charity,
    ReturnToGiver,
}

/// <summary>Kebab-case names of <see cref="GiftDestination"/> as policy files write them.</summary>
public static class GiftDestinationNames
{
    private static readonly string[] Names = ["keep", "raffle", "display", "charity", "return-to-giver"];

    private static readonly FrozenDictionary<string, GiftDestination> ByName =
        Enum.GetValues<GiftDestination>().ToFrozenDictionary(d => Names[(int)d], d => d);

    public static IReadOnlyList<string> All => Names;

    public static string Name(this GiftDestination destination) => Names[(int)destination];

    public static bool TryParse(string name, out GiftDestination destination) => ByName.TryGetValue(name, out destination);
}

/// <summary>
/// The destinations a manager may choose for a gift under one code, with the article that says so.
/// A code that says nothing about it (<see cref="Default"/>, no article) leaves every destination to the
/// manager; the policy file then has no <c>gift-destinations</c> parameter.
/// </summary>
public sealed record GiftDestinations(IReadOnlyList<GiftDestination> Allowed, string? ArticleId)
{
    public static GiftDestinations Default { get; } = new(Enum.GetValues<GiftDestination>(), null);

    public bool Allows(GiftDestination destination) => Allowed.Contains(destination);
}
