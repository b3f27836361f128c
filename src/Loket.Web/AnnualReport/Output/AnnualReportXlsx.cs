using Loket.Web.Infrastructure.Csv;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// Every table of the report in one workbook: a contents sheet ("Inhoud": which sheet holds which
/// table, its section and note, and how to read "&lt; 5"), then one sheet per table with the header
/// row first, so a filter or pivot works. Figures are numbers (percent points, euros, days as
/// stated in the label); a suppressed cell is the text "&lt; 5". Written with MiniExcel, not the
/// register's <c>XlsxWriter</c>, which keeps one sheet and turns every value into text.
/// </summary>
public static class AnnualReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int MaxSheetName = 31;

    private const string Contents = "Inhoud";

    public static byte[] Write(AnnualReportDocument document)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var contents = new List<IReadOnlyList<object?>>();
        sheets[Contents] = contents; // reserves the first sheet's name and place
        foreach (var section in document.Sections)
        {
            foreach (var table in section.Tables)
            {
                var name = SheetName(table.Title, sheets.Keys);
                contents.Add([name, section.Title, table.Title, table.Note]);
                sheets[name] = Rows([.. TableLabels.Header(table)],
                    table.Rows.Select(row => row.Cells.Select(c => Value(c, document.SuppressionThreshold)).Prepend(TableLabels.Row(row)).ToList()));
            }
        }

        contents.Add([]);
        contents.Add([null, null, $"Integriteitsjaarverslag {document.Year}, {document.Municipality} ({document.Status})"]);
        contents.Add([null, null, $"\"< {document.SuppressionThreshold}\" betekent: minder dan {document.SuppressionThreshold}, niet getoond zodat niemand herkenbaar is."]);
        contents.Add([null, null, $"\"{CellText.NotApplicable}\" betekent: er is niets te tellen of te meten."]);
        sheets[Contents] = Rows(["Blad", "Hoofdstuk", "Tabel", "Toelichting"], contents);
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: false, configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true, FreezeRowCount = 1 });
        return stream.ToArray();
    }

    public static string FileName(AnnualReportDocument document) => ReportFiles.BaseName(document) + ".xlsx";

    private static object? Value(ReportCell cell, int threshold) => cell switch
    {
        { Suppressed: true } => CellText.Display(cell, threshold),
        { Value: { } value } => value,
        _ => CellText.NotApplicable,
    };

    // MiniExcel takes a sheet as rows of named cells; the names (A, B, ...) stay out of the file.
    private static List<Dictionary<string, object?>> Rows(IReadOnlyList<object?> first, IEnumerable<IReadOnlyList<object?>> rest)
    {
        var all = rest.Prepend(first).ToList();
        var width = all.Max(r => r.Count);
        return [.. all.Select(row => Enumerable.Range(0, width).ToDictionary(
            i => ColumnName(i),
            i => i < row.Count && row[i] is string text ? CsvWriter.Defuse(text) : (i < row.Count ? row[i] : null)))];
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    // Excel: at most 31 characters, none of : \ / ? * [ ], unique without regard to case.
    private static string SheetName(string title, IEnumerable<string> taken)
    {
        var clean = new string([.. title.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c)]).Trim().Trim('\'');
        clean = clean.Length == 0 ? "Tabel" : clean;
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : $" ({n})";
            var name = clean[..Math.Min(clean.Length, MaxSheetName - suffix.Length)].TrimEnd() + suffix;
            if (!used.Contains(name))
            {
                return name;
            }
        }
    }
}
