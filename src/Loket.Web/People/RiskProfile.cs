namespace Loket.Web.People;

/// <summary>
/// Justis' general screening profile in eight risk areas (instruments.md §2.2): one axis serves the VOG,
/// the declarations and the trainings of a function, so a function is scored once.
/// </summary>
public enum RiskArea
{
    Information,
    Money,
    Goods,
    Services,
    BusinessTransactions,
    Process,
    Management,
    Persons,
}

/// <summary>Laag (the function does not do it), gemiddeld (a secondary link), hoog (a primary link).</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}

/// <summary>A function's level on each of the eight areas, stored as one column of eight letters (L, M, H) in area order.</summary>
public readonly record struct RiskProfile
{
    // Areas first: static initialisers run in the order they are written.
    public static IReadOnlyList<RiskArea> Areas { get; } = Enum.GetValues<RiskArea>();

    public static readonly RiskProfile None = new(new string('L', Areas.Count));

    private readonly string? letters;

    public RiskProfile(string letters)
    {
        if (letters.Length != Areas.Count || letters.Any(c => c is not ('L' or 'M' or 'H')))
        {
            throw new ArgumentException("A risk profile is eight letters L, M or H.", nameof(letters));
        }

        this.letters = letters;
    }

    /// <summary>The stored form; a default value reads as all low.</summary>
    public string Letters => letters ?? new string('L', Areas.Count);

    public RiskLevel this[RiskArea area] => Letters[(int)area] switch { 'H' => RiskLevel.High, 'M' => RiskLevel.Medium, _ => RiskLevel.Low };

    public static RiskProfile From(IReadOnlyDictionary<RiskArea, RiskLevel> levels) =>
        new(string.Concat(Areas.Select(a => levels.GetValueOrDefault(a) switch { RiskLevel.High => 'H', RiskLevel.Medium => 'M', _ => 'L' })));

    /// <summary>The areas at medium or high: the ones a VOG screens for this function.</summary>
    public IReadOnlyList<RiskArea> Screened
    {
        get
        {
            var profile = this;
            return Areas.Where(a => profile[a] != RiskLevel.Low).ToList();
        }
    }

    public bool AnyHigh => Letters.Contains('H', StringComparison.Ordinal);
}

public static class RiskWords
{
    /// <summary>Justis' own names of the areas.</summary>
    public static string Dutch(this RiskArea area) => area switch
    {
        RiskArea.Information => "informatie",
        RiskArea.Money => "geld",
        RiskArea.Goods => "goederen",
        RiskArea.Services => "diensten",
        RiskArea.BusinessTransactions => "zakelijke relaties en transacties",
        RiskArea.Process => "proces",
        RiskArea.Management => "aansturen organisatie",
        RiskArea.Persons => "personen",
        _ => area.ToString(),
    };

    public static string Dutch(this RiskLevel level) => level switch
    {
        RiskLevel.High => "hoog",
        RiskLevel.Medium => "gemiddeld",
        _ => "laag",
    };
}
