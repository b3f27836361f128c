using ScottPlot;
using ScottPlot.TickGenerators;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// Grouped horizontal bars: one group per row, one bar per column, its value written beside it.
/// Horizontal, so long Dutch category names stay readable on the left instead of slanting.
/// </summary>
internal static class ChartBars
{
    private const int BarPixels = 30, GroupGapPixels = 22, ChromePixels = 230;

    public static int Draw(Plot plot, AnnualReportDocument document, ReportTable table, IReadOnlyList<ReportRow> rows)
    {
        var series = table.Columns.Count;
        var barSize = 0.8 / series;
        var max = 0d;
        for (var s = 0; s < series; s++)
        {
            var bars = new List<Bar>();
            for (var r = 0; r < rows.Count; r++)
            {
                // The first row on top: groups count down from the top; within a group the oldest column first.
                var position = (rows.Count - 1 - r) + 0.4 - ((s + 0.5) * barSize);
                var cell = s < rows[r].Cells.Count ? rows[r].Cells[s] : ReportCell.NotApplicable(CellKind.Count);
                if (cell is { Suppressed: false, Value: { } value })
                {
                    bars.Add(new Bar
                    {
                        Position = position,
                        Value = (double)value,
                        Size = barSize * 0.92,
                        FillColor = ChartPalette.Colour(s, series),
                        LineWidth = 0,
                        Label = CellText.Display(cell, document.SuppressionThreshold),
                        Orientation = Orientation.Horizontal,
                    });
                    max = Math.Max(max, (double)value);
                }
                else
                {
                    var absent = plot.Add.Text(CellText.Display(cell, document.SuppressionThreshold), 0, position);
                    absent.LabelFontName = ReportFonts.Family;
                    absent.LabelFontSize = AnnualReportCharts.LabelSize;
                    absent.LabelFontColor = Colors.Black;
                    absent.LabelAlignment = Alignment.MiddleLeft;
                    absent.OffsetX = 4;
                }
            }

            // The legend is written by hand, so a series whose every value is hidden still has its entry.
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = table.Columns[s], FillColor = ChartPalette.Colour(s, series) });
            var plottable = plot.Add.Bars(bars);
            plottable.Color = ChartPalette.Colour(s, series);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontName = ReportFonts.Family;
            plottable.ValueLabelStyle.FontSize = AnnualReportCharts.LabelSize;
        }

        plot.Axes.Left.TickGenerator = new NumericManual(
            [.. rows.Select((_, r) => (double)(rows.Count - 1 - r))],
            [.. rows.Select(r => AnnualReportCharts.Wrap(r.Label, 24))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = max >= 4 };
        plot.Axes.SetLimits(0, max <= 0 ? 5 : max * 1.18, -0.6, rows.Count - 0.4);
        plot.XLabel(AnnualReportCharts.ValueAxisTitle(document, table));
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return ChromePixels + (rows.Count * ((series * BarPixels) + GroupGapPixels));
    }
}
