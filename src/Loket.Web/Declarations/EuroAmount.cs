using System.Globalization;
using System.Text.RegularExpressions;

namespace Loket.Web.Declarations;

/// <summary>
/// Euro amounts as Dutch people type them ("€ 35", "35,-", "35,00", "1.250,50") and as pages show them
/// ("€ 35", "€ 12,50", "€ 1.250"). The one place the form's amounts are read: a dot only groups
/// thousands and a comma only starts cents, so "35.50" or "1,250" is refused as ambiguous rather than
/// guessed.
/// </summary>
public static partial class EuroAmount
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public const string Example = "bijvoorbeeld 35, € 35 of 12,50";

    /// <summary>The amount, or a Dutch error that says what to type instead.</summary>
    public sealed record Parsed(decimal? Euros, string? Error);

    public static Parsed Parse(string text)
    {
        var match = Amount().Match(text.Trim());
        if (match.Success)
        {
            var whole = match.Groups["whole"].Value.Replace(".", "", StringComparison.Ordinal);
            var cents = match.Groups["cents"].Value;
            var number = cents.Length > 0 && char.IsAsciiDigit(cents[0]) ? $"{whole}.{cents}" : whole;
            return new(decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), null);
        }

        if (English().IsMatch(text.Trim()))
        {
            return new(null, "Schrijf het bedrag met een komma voor de centen en een punt voor de duizendtallen, bijvoorbeeld 12,50 of 1.250.");
        }

        return new(null, $"Vul de waarde in als een bedrag in euro's, {Example}.");
    }

    /// <summary>"€ 35", "€ 12,50", "€ 1.250": whole euros without cents, as people say them.</summary>
    public static string Format(decimal euros) =>
        "€ " + euros.ToString(decimal.Truncate(euros) == euros ? "#,##0" : "#,##0.00", Dutch);

    // Optional "€" / "EUR" in front or "euro" behind; whole euros plain ("1250") or grouped by dots
    // ("1.250"); then optionally a comma with one or two cents or a dash ("35,-").
    [GeneratedRegex(@"^(?:€|eur\b|euro\b)?\s*(?<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?<cents>\d{1,2}|-{1,2}))?\s*(?:€|euro|eur)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    // Numbers written the English way: a dot before one, two or more than three digits, or a comma
    // before exactly three ("35.50", "1,250").
    [GeneratedRegex(@"^(?:€|eur\b|euro\b)?\s*\d[\d.,]*\s*(?:€|euro|eur)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();
}
