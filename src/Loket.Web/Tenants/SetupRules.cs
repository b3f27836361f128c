using System.Globalization;
using System.Text.RegularExpressions;

namespace Loket.Web.Tenants;

/// <summary>A refused value: the field it belongs to (as the form names it, without "Input.") and why, in Dutch.</summary>
public sealed record SetupError(string Field, string Message);

/// <summary>
/// What a desk or municipality must satisfy before it is saved, checked once for the command line and
/// the operator's pages alike: a slug that reads well in an address, a house colour that white text on
/// it stays readable against (WCAG 1.4.3, 4.5:1, as the header and buttons put white on it), a code of
/// conduct the product knows.
/// </summary>
public static partial class SetupRules
{
    public const double MinimumContrast = 4.5;

    public static IEnumerable<SetupError> Slug(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            yield return new("Slug", "Vul de slug in: de korte naam in het webadres, zoals leiden.");
        }
        else if (!SlugPattern().IsMatch(slug))
        {
            yield return new("Slug", $"De slug '{slug}' mag alleen kleine letters, cijfers en losse streepjes bevatten, 2 tot 64 tekens, zoals leiden of s-hertogenbosch.");
        }
    }

    public static IEnumerable<SetupError> Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new("Name", "Vul de naam in.");
        }
        else if (name.Trim().Length > 200)
        {
            yield return new("Name", "Een naam is hoogstens 200 tekens.");
        }
    }

    public static IEnumerable<SetupError> Color(string? color)
    {
        if (color is null || !HexColor().IsMatch(color))
        {
            yield return new("Color", $"Vul de huiskleur in als # met zes hexadecimale tekens, zoals #a4161a{(string.IsNullOrEmpty(color) ? "" : $" (niet '{color}')")}.");
            yield break;
        }

        var ratio = ContrastWithWhite(color);
        if (ratio < MinimumContrast)
        {
            yield return new("Color", $"Witte tekst op {color} heeft een contrast van {ratio.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"))}:1; dat moet minstens 4,5:1 zijn. Kies een donkerdere kleur.");
        }
    }

    public static IEnumerable<SetupError> Policy(string? policySlug, IReadOnlyCollection<string> known)
    {
        if (string.IsNullOrWhiteSpace(policySlug))
        {
            yield return new("PolicySlug", $"Kies de gedragscode. Bekend zijn: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
        else if (!known.Contains(policySlug))
        {
            yield return new("PolicySlug", $"Onbekende gedragscode '{policySlug}'. Bekend zijn: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
    }

    public static IEnumerable<SetupError> Contact(DeskContact contact)
    {
        if (contact.Email is { } email && !EmailPattern().IsMatch(email))
        {
            yield return new("Email", $"'{email}' is geen e-mailadres; vul er een in zoals meldpunt@gemeente.nl.");
        }

        foreach (var (field, value, max) in new[] { ("Email", contact.Email, 200), ("Phone", contact.Phone, 50), ("VisitingAddress", contact.VisitingAddress, 300), ("OpeningHours", contact.OpeningHours, 300) })
        {
            if (value?.Length > max)
            {
                yield return new(field, $"Hoogstens {max} tekens.");
            }
        }
    }

    /// <summary>The WCAG contrast ratio of white text on <paramref name="color"/> (#rrggbb).</summary>
    public static double ContrastWithWhite(string color)
    {
        static double Channel(string hex)
        {
            var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(color[1..3])) + (0.7152 * Channel(color[3..5])) + (0.0722 * Channel(color[5..7]));
        return 1.05 / (luminance + 0.05);
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,63}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
