using Loket.Web.Infrastructure.Csv;
using MiniExcelLibs;

namespace Loket.Web.Registers;

/// <summary>One worksheet with a header row; every value is text, defused like the CSV so nothing runs as a formula.</summary>
public static class XlsxWriter
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var table = rows.Select(cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in header.Zip(cells))
            {
                row[name] = CsvWriter.Defuse(value);
            }

            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: sheetName);
        return stream.ToArray();
    }
}
