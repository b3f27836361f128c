using System.Text;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// The Dutch text alternative of a chart: what kind of chart, of what, which series, and every value
/// it shows, including which are hidden ("&lt; 5") and which rows are left out of the drawing (totals).
/// "Staafdiagram: Meldingen per categorie, 2024–2026. Reeksen: 2024, 2025 en 2026. Intimidatie:
/// 2024 7, 2025 &lt; 5, 2026 9. ..."
/// </summary>
public static class ChartAltText
{
    public static string For(AnnualReportDocument document, ReportTable table)
    {
        var threshold = document.SuppressionThreshold;
        var text = new StringBuilder()
            .Append(table.Chart == ReportChart.Lines ? "Lijndiagram: " : "Staafdiagram: ")
            .Append(table.Title).Append(", ").Append(Span(table.Columns)).Append(". ")
            .Append(table.Columns.Count == 1 ? "Eén reeks: " : "Reeksen: ").Append(List(table.Columns)).Append(". ")
            .Append(table.Chart == ReportChart.Lines ? "Langs de horizontale as: " : "Per ").Append(table.RowHeader.ToLowerInvariant()).Append(". ");
        foreach (var row in ChartRows(table))
        {
            text.Append(row.Label).Append(": ")
                .AppendJoin(", ", table.Columns.Select((column, i) => $"{column} {(i < row.Cells.Count ? CellText.Display(row.Cells[i], threshold) : CellText.NotApplicable)}"))
                .Append(". ");
        }

        if (table.Rows.Any(r => r.Cells.Any(c => c.Suppressed)))
        {
            text.Append("Waarden kleiner dan ").Append(threshold).Append(" zijn afgeschermd en niet getekend")
                .Append(table.Rows.Any(r => r.Cells.Any(c => c.Complementary)) ? ", net als waarden die anders terug te rekenen zouden zijn (×). " : ". ");
        }

        if (table.Rows.Any(r => r.IsTotal))
        {
            text.Append("Het totaal staat in de tabel, niet in de grafiek. ");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The rows a chart draws: every row but the totals, which would dwarf the rest.</summary>
    public static IEnumerable<ReportRow> ChartRows(ReportTable table) => table.Rows.Where(r => !r.IsTotal);

    // "2024–2026" for consecutive years, otherwise the columns themselves.
    private static string Span(IReadOnlyList<string> columns) =>
        columns.Count > 1 && columns.All(c => c.Length == 4 && int.TryParse(c, out _))
            && columns.Zip(columns.Skip(1)).All(p => int.Parse(p.Second, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(p.First, System.Globalization.CultureInfo.InvariantCulture) + 1)
            ? $"{columns[0]}–{columns[^1]}"
            : List(columns);

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1];
}
