using System.Globalization;

namespace Loket.Web.Infrastructure.Time;

/// <summary>
/// Reads a date as a Dutch person types it, never by the browser's locale: three boxes (day, month,
/// year; the GOV.UK / NL Design System pattern) or one text ("6-12-2026", "6 december 2026",
/// "2026-12-06"). A refusal says in Dutch what to fix.
/// </summary>
public static class DutchDate
{
    /// <summary>Years outside this range are typing errors here (72027, 9999), not dates of this product.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    public readonly record struct Result(DateOnly? Date, string? Error)
    {
        public static Result Empty => new(null, null);
    }

    public static Result FromParts(string? day, string? month, string? year)
    {
        day = day?.Trim();
        month = month?.Trim();
        year = year?.Trim();
        var missing = new[] { (day, "dag"), (month, "maand"), (year, "jaar") }
            .Where(part => string.IsNullOrEmpty(part.Item1)).Select(part => part.Item2).ToList();
        if (missing.Count == 3)
        {
            return Result.Empty;
        }

        if (missing.Count > 0)
        {
            return Refused($"Vul een {string.Join(" en ", missing)} in.");
        }

        if (!Number(day!, out var d))
        {
            return Refused("De dag moet een getal zijn, bijvoorbeeld 6.");
        }

        if (!Number(month!, out var m) && !MonthName(month!, out m))
        {
            return Refused("De maand moet een getal zijn, bijvoorbeeld 12.");
        }

        if (!Number(year!, out var y))
        {
            return Refused("Het jaar moet een getal zijn, bijvoorbeeld 2027.");
        }

        return Checked(d, m, y, year!.TrimStart('0').Length);
    }

    /// <summary>
    /// The three boxes when anything was typed in them, else the one text: how a date field's post or query string
    /// is read (<c>DateModelBinder</c>, and the register exports, whose links carry the page's query).
    /// </summary>
    public static Result FromBoxesOrText(string? day, string? month, string? year, string? text) =>
        !string.IsNullOrWhiteSpace(day) || !string.IsNullOrWhiteSpace(month) || !string.IsNullOrWhiteSpace(year)
            ? FromParts(day, month, year)
            : FromText(text);

    /// <summary>One text: day month year with "-", "/", "." or spaces between, the month as a number or a Dutch name; or ISO 8601.</summary>
    public static Result FromText(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Result.Empty;
        }

        var parts = text.Split([' ', '-', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            return Refused("Vul de datum in als dag, maand en jaar, bijvoorbeeld 6-12-2026.");
        }

        // 2026-12-06 (ISO 8601, as a spreadsheet or a native date field sends it) is the only order with the year first.
        return parts[0].Length > 2 && parts[2].Length <= 2
            ? FromParts(parts[2], parts[1], parts[0])
            : FromParts(parts[0], parts[1], parts[2]);
    }

    private static Result Checked(int day, int month, int year, int yearDigits)
    {
        if (month is < 1 or > 12)
        {
            return Refused("De maand moet tussen 1 en 12 liggen.");
        }

        if (day is < 1 or > 31)
        {
            return Refused("De dag moet tussen 1 en 31 liggen.");
        }

        if (yearDigits != 4)
        {
            return Refused("Het jaar moet vier cijfers hebben, bijvoorbeeld 2027.");
        }

        if (year is < FirstYear or > LastYear)
        {
            return Refused($"Vul een jaar tussen {FirstYear} en {LastYear} in.");
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            var monthName = DutchTime.Culture.DateTimeFormat.GetMonthName(month);
            return Refused($"{day} {monthName} {year} bestaat niet.");
        }

        return new Result(new DateOnly(year, month, day), null);
    }

    private static bool Number(string text, out int value)
    {
        value = 0;
        return text.Length <= 9 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"december", "dec", "dec." and "maart"/"mrt" are months too, as people write them.</summary>
    private static bool MonthName(string text, out int month)
    {
        var name = text.TrimEnd('.').ToLowerInvariant();
        var format = DutchTime.Culture.DateTimeFormat;
        for (month = 1; month <= 12; month++)
        {
            if (name.Length >= 3
                && (format.GetMonthName(month).StartsWith(name, StringComparison.Ordinal) || format.GetAbbreviatedMonthName(month).TrimEnd('.') == name))
            {
                return true;
            }
        }

        month = 0;
        return false;
    }

    private static Result Refused(string error) => new(null, error);
}
