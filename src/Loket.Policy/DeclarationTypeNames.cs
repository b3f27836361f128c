using System.Collections.Frozen;

namespace Loket.Policy;

/// <summary>Wire names (CLI contract, policy files) and Dutch labels of <see cref="DeclarationType"/>.</summary>
public static class DeclarationTypeNames
{
    private static readonly string[] Names =
        ["gift", "invitation", "side-activity", "financial-interest", "relationship", "private-circumstance", "former-colleague-hire"];

    private static readonly string[] Labels =
        ["geschenk", "uitnodiging", "nevenwerkzaamheid", "financieel belang", "privérelatie", "privéomstandigheid", "inhuur van een ex-collega"];

    private static readonly FrozenDictionary<string, DeclarationType> ByName =
        Enum.GetValues<DeclarationType>().ToFrozenDictionary(t => Names[(int)t], t => t);

    public static IReadOnlyList<string> AllNames => Names;

    public static string Name(this DeclarationType type) => Names[(int)type];

    public static string DutchLabel(this DeclarationType type) => Labels[(int)type];

    public static bool TryParse(string name, out DeclarationType type) => ByName.TryGetValue(name, out type);
}
