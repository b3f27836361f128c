using ScottPlot;
using ScottPlot.TickGenerators;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// One line per column (a year) along the rows (e.g. months). A hidden value breaks the line: each
/// run of known values is drawn on its own, in the series' colour, marker and dash.
/// </summary>
internal static class ChartLines
{
    private const int Height = 640;

    public static int Draw(Plot plot, AnnualReportDocument document, ReportTable table, IReadOnlyList<ReportRow> rows)
    {
        var series = table.Columns.Count;
        var max = 0d;
        for (var s = 0; s < series; s++)
        {
            var run = new List<(double X, double Y)>();
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = table.Columns[s],
                LineColor = ChartPalette.Colour(s, series),
                LineWidth = 3,
                LinePattern = ChartPalette.Pattern(s, series),
                MarkerShape = ChartPalette.Marker(s, series),
                MarkerColor = ChartPalette.Colour(s, series),
                MarkerSize = 11,
            });
            for (var r = 0; r <= rows.Count; r++)
            {
                var cell = r < rows.Count && s < rows[r].Cells.Count ? rows[r].Cells[s] : null;
                if (cell is { Suppressed: false, Value: { } value })
                {
                    run.Add((r, (double)value));
                    max = Math.Max(max, (double)value);
                    continue;
                }

                if (run.Count > 0)
                {
                    var line = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray());
                    line.Color = ChartPalette.Colour(s, series);
                    line.LineWidth = 3;
                    line.LinePattern = ChartPalette.Pattern(s, series);
                    line.MarkerShape = ChartPalette.Marker(s, series);
                    line.MarkerSize = 11;
                    run.Clear();
                }
            }
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. rows.Select((_, r) => (double)r)],
            [.. rows.Select(r => AnnualReportCharts.Wrap(r.Label, rows.Count > 6 ? 9 : 16))]);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = max >= 4 };
        plot.Axes.SetLimits(-0.4, Math.Max(rows.Count - 0.6, 0.6), 0, max <= 0 ? 5 : max * 1.15);
        plot.YLabel(AnnualReportCharts.ValueAxisTitle(document, table));
        return Height;
    }
}
