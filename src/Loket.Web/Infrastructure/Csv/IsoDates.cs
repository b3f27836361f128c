using System.Globalization;

namespace Loket.Web.Infrastructure.Csv;

/// <summary>
/// A CSV cell for a value: dates in ISO 8601 ("2026-12-06", "2026-12-06 05:50"), the one text form
/// Excel and LibreOffice read as a date in every language; anything else as its text.
/// </summary>
public static class IsoDates
{
    public static string? Text(object? value) => value switch
    {
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        null => null,
        _ => value.ToString(),
    };
}
