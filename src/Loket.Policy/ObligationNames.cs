using System.Collections.Frozen;

namespace Loket.Policy;

/// <summary>Kebab-case wire names (CLI contract, policy files) and Dutch labels of <see cref="Obligation"/>.</summary>
public static class ObligationNames
{
    private static readonly string[] Names =
    [
        "refuse", "return-to-giver", "hand-over-to-municipality", "do-not-handle-file", "written-permission",
        "discuss-with-manager", "report-to-manager", "register", "publish", "report-end",
    ];

    private static readonly string[] Labels =
    [
        "Weigeren",
        "Teruggeven aan de gever",
        "Afgeven aan de gemeente",
        "Het dossier niet zelf behandelen",
        "Schriftelijke toestemming vragen",
        "Bespreken met je leidinggevende",
        "Melden bij je leidinggevende",
        "Laten registreren",
        "Openbaar maken",
        "Het einde doorgeven",
    ];

    private static readonly FrozenDictionary<string, Obligation> ByName =
        Enum.GetValues<Obligation>().ToFrozenDictionary(o => Names[(int)o], o => o);

    /// <summary>All obligations in their stable order.</summary>
    public static IReadOnlyList<Obligation> All { get; } = Enum.GetValues<Obligation>();

    public static string Name(this Obligation obligation) => Names[(int)obligation];

    /// <summary>The Dutch label a page shows for the obligation.</summary>
    public static string DutchLabel(this Obligation obligation) => Labels[(int)obligation];

    public static bool TryParse(string name, out Obligation obligation) => ByName.TryGetValue(name, out obligation);
}
