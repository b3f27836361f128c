using System.Globalization;

namespace Loket.Web.AnnualReport;

/// <summary>How a published cell reads: "&lt; 5" for a small count, "×" for a cell left out so nothing can be worked back, "–" where nothing applies.</summary>
public static class CellText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Of(ReportCell cell, int k) => cell switch
    {
        { Suppressed: true, Complementary: false, Kind: CellKind.Count } => $"< {k}",
        { Suppressed: true } => "×",
        { Value: null } => "–",
        { Kind: CellKind.Percentage, Value: { } v } => $"{v.ToString("0.#", Dutch)} %",
        { Kind: CellKind.Euro, Value: { } v } => $"€ {v.ToString("#,##0", Dutch)}",
        { Kind: CellKind.PerHundred, Value: { } v } => v.ToString("0.00", Dutch),
        { Kind: CellKind.Days, Value: { } v } => v.ToString("0.#", Dutch),
        { Value: { } v } => v.ToString("#,##0", Dutch),
    };

    /// <summary>What a screen reader says for a mark, where the sign alone would be read as "less than" or "times".</summary>
    public static string? Spoken(ReportCell cell, int k) => cell switch
    {
        { Suppressed: true, Complementary: false, Kind: CellKind.Count } => $"minder dan {k}",
        { Suppressed: true } => "weggelaten",
        { Value: null } => "niet van toepassing",
        _ => null,
    };
}
