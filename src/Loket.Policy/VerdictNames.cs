namespace Loket.Policy;

/// <summary>Wire names and Dutch labels of <see cref="Verdict"/>.</summary>
public static class VerdictNames
{
    /// <summary>The lower-case name used in policy files and JSON: groen, oranje, rood.</summary>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Groen => "groen",
        Verdict.Oranje => "oranje",
        Verdict.Rood => "rood",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>What the colour means, in the words of 's-Hertogenbosch 1.5.</summary>
    public static string DutchLabel(this Verdict verdict) => verdict switch
    {
        Verdict.Groen => "Groen: toegestaan",
        Verdict.Oranje => "Oranje: hangt af van de omstandigheden, overleg vooraf met je leidinggevende",
        Verdict.Rood => "Rood: niet toegestaan",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static bool TryParse(string name, out Verdict verdict)
    {
        switch (name)
        {
            case "groen": verdict = Verdict.Groen; return true;
            case "oranje": verdict = Verdict.Oranje; return true;
            case "rood": verdict = Verdict.Rood; return true;
            default: verdict = default; return false;
        }
    }
}
