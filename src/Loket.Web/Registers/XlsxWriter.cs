using Loket.Web.Infrastructure.Csv;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Loket.Web.Registers;

/// <summary>
/// One worksheet with a header row. Text is defused like the CSV so nothing runs as a formula; a
/// <see cref="DateOnly"/> or <see cref="DateTime"/> (already in Dutch time) becomes a real Excel date,
/// a serial number with a date format, so it sorts and filters as a date; a decimal or int a number.
/// </summary>
public static class XlsxWriter
{
    public const string DateFormat = "d-m-yyyy";

    public const string DateTimeFormat = "d-m-yyyy hh:mm";

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = rows.Select(cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in header.Zip(cells))
            {
                row[name] = value switch
                {
                    DateOnly day => Dated(formats, name, DateFormat, day.ToDateTime(TimeOnly.MinValue)),
                    DateTime moment => Dated(formats, name, DateTimeFormat, moment),
                    // Numbers stay numbers (an amount in euros, months), so a column adds up.
                    decimal or int => value,
                    null => null,
                    _ => CsvWriter.Defuse(value.ToString()),
                };
            }

            return row;
        }).ToList();
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. formats.Select(f => new DynamicExcelColumn(f.Key) { Format = f.Value, Width = 16 })],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: sheetName, configuration: configuration);
        return stream.ToArray();
    }

    private static DateTime Dated(Dictionary<string, string> formats, string column, string format, DateTime value)
    {
        formats[column] = format;
        return value;
    }
}
