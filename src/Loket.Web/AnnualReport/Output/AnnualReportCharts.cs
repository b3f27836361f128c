using ScottPlot;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// Draws the report's charts on the server with ScottPlot, one PNG per table whose
/// <see cref="ReportTable.Chart"/> asks for one. The rows (but totals) are the categories and the
/// columns (usually the years) the series. A suppressed value is not drawn, never as 0: a bar is
/// absent with "&lt; 5" in its place, a line breaks; the axis title says so. Text is large enough to
/// read when the image is scaled to a page's width, and in the embedded font (<see cref="ChartFonts"/>).
/// </summary>
public static class AnnualReportCharts
{
    public const int Width = 1200;

    private const float TextSize = 22, TitleSize = 28;

    public static IReadOnlyList<ChartImage> All(AnnualReportDocument document) =>
        [.. document.Sections.SelectMany(s => s.Tables).Where(t => t.Chart != ReportChart.None).Select(t => Render(document, t))];

    public static ChartImage Render(AnnualReportDocument document, ReportTable table)
    {
        ChartFonts.Use();
        var plot = new Plot();
        var rows = ChartAltText.ChartRows(table).ToList();
        var height = table.Chart == ReportChart.Lines ? ChartLines.Draw(plot, document, table, rows) : ChartBars.Draw(plot, document, table, rows);
        Style(plot, table);
        return new ChartImage(table.Key, table.Title, plot.GetImageBytes(Width, height, ImageFormat.Png), Width, height, ChartAltText.For(document, table));
    }

    /// <summary>The value axis's title: the unit, and what a missing value means when one is hidden.</summary>
    internal static string ValueAxisTitle(AnnualReportDocument document, ReportTable table)
    {
        var kinds = table.Rows.SelectMany(r => r.Cells).Select(c => c.Kind).Distinct().ToList();
        var unit = kinds.Count == 1 ? kinds[0] switch
        {
            CellKind.Percentage => "Percentage",
            CellKind.Euro => "Euro",
            CellKind.Days => "Dagen",
            CellKind.PerHundred => "Per 100 medewerkers",
            _ => "Aantal",
        } : "Waarde";
        return table.Rows.Any(r => r.Cells.Any(c => c.Suppressed))
            ? $"{unit} (< {document.SuppressionThreshold}: afgeschermd, niet getekend)"
            : unit;
    }

    /// <summary>A category label broken over lines of about <paramref name="width"/> characters.</summary>
    internal static string Wrap(string label, int width)
    {
        var lines = new List<string>();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= width)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return string.Join('\n', lines);
    }

    private static void Style(Plot plot, ReportTable table)
    {
        plot.Title(table.Title, TitleSize);
        plot.Axes.Title.Label.FontName = ReportFonts.Family;
        plot.Axes.Title.Label.Bold = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ReportFonts.Family;
            axis.Label.FontSize = TextSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontName = ReportFonts.Family;
            axis.TickLabelStyle.FontSize = TextSize;
        }

        plot.Legend.FontName = ReportFonts.Family;
        plot.Legend.FontSize = TextSize;
        plot.ShowLegend(Edge.Bottom);
    }

    internal static float LabelSize => TextSize - 2;
}
