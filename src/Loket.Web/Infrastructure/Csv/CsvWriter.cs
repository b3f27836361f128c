using System.Text;

namespace Loket.Web.Infrastructure.Csv;

/// <summary>
/// Writes RFC 4180 CSV with ";" (as Dutch Excel reads it) and a BOM. A cell that starts with = + - @
/// (or a tab / carriage return) gets a leading apostrophe, so a spreadsheet never runs it as a formula.
/// </summary>
public static class CsvWriter
{
    public static string Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder("\uFEFF");
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        return text.ToString();
    }

    /// <summary>The text with a leading apostrophe when a spreadsheet would read it as a formula.</summary>
    public static string Defuse(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;

    public static string Cell(string? value)
    {
        var cell = Defuse(value);

        return cell.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 || cell != cell.Trim()
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells) =>
        text.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
}
