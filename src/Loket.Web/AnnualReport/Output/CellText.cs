using System.Globalization;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// How a published cell reads in every output. A suppressed cell is "&lt; k" and nothing else (the
/// renderer never has its value), except a cell left out only so that a small one cannot be worked back
/// (<see cref="ReportCell.Complementary"/>, a count of k or more, or a share or amount derived from a hidden
/// count): "×", since "&lt; k" would be untrue; a cell without meaning (a median of nothing) is "n.v.t.".
/// Percentages are percent points: 37.5 reads "37,5%".
/// </summary>
public static class CellText
{
    public const string NotApplicable = "n.v.t.";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public const string Withheld = "×";

    public static string Suppressed(int threshold) => string.Create(Dutch, $"< {threshold}");

    /// <summary>For people (PDF, charts, text alternatives): "1.250", "37,5%", "€ 12.500", "3,2".</summary>
    public static string Display(ReportCell cell, int threshold) => cell switch
    {
        { Suppressed: true, Complementary: true } => Withheld,
        { Suppressed: true } => Suppressed(threshold),
        { Kind: CellKind.Percentage, Value: { } value } => value.ToString("#,0.#", Dutch) + "%",
        { Kind: CellKind.Euro, Value: { } value } => "€ " + value.ToString(value % 1 == 0 ? "#,0" : "#,0.00", Dutch),
        { Value: { } value } => value.ToString("#,0.##", Dutch),
        _ => NotApplicable,
    };

    /// <summary>
    /// What a screen reader should say instead of <see cref="Display"/>, which would read the marks as "less than" or
    /// "times"; null where the displayed text reads well.
    /// </summary>
    public static string? Spoken(ReportCell cell, int threshold) => cell switch
    {
        { Suppressed: true, Complementary: false, Kind: CellKind.Count } => string.Create(Dutch, $"minder dan {threshold}"),
        { Suppressed: true } => "weggelaten",
        { Value: null } => "niet van toepassing",
        _ => null,
    };

    /// <summary>
    /// For a spreadsheet reading Dutch CSV: the bare number with a decimal comma and no thousands
    /// separator, so Excel (nl-NL) reads it as a number; the unit goes in the label (<see cref="Unit"/>).
    /// </summary>
    public static string Number(ReportCell cell, int threshold) => cell switch
    {
        { Suppressed: true, Complementary: true } => Withheld,
        { Suppressed: true } => Suppressed(threshold),
        { Value: { } value } => value.ToString("0.##", Dutch),
        _ => NotApplicable,
    };

    /// <summary>The unit a bare number needs beside it, or null for a count.</summary>
    public static string? Unit(CellKind kind) => kind switch
    {
        CellKind.Percentage => "%",
        CellKind.Euro => "€",
        CellKind.Days => "dagen",
        CellKind.PerHundred => "per 100 medewerkers",
        _ => null,
    };
}
