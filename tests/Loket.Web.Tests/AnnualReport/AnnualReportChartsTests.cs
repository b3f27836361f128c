using System.Buffers.Binary;
using Loket.Web.AnnualReport;
using Loket.Web.AnnualReport.Output;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>The charts: a readable PNG per charted table, drawn in the embedded font, with a Dutch text alternative.</summary>
public sealed class AnnualReportChartsTests
{
    [Fact]
    public void Each_charted_table_gets_a_png_of_a_readable_size()
    {
        var document = SampleReport.Build();

        var charts = AnnualReportCharts.All(document);

        Assert.Equal(["categorie", "maand"], charts.Select(c => c.TableKey));
        foreach (var chart in charts)
        {
            SavedOutputs.Save($"{chart.TableKey}.png", chart.Png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], chart.Png[..8]);
            Assert.Equal(chart.Width, BinaryPrimitives.ReadInt32BigEndian(chart.Png.AsSpan(16, 4)));
            Assert.Equal(chart.Height, BinaryPrimitives.ReadInt32BigEndian(chart.Png.AsSpan(20, 4)));
            Assert.InRange(chart.Width, 800, 2000);
            Assert.InRange(chart.Height, 400, 2000);
            Assert.True(chart.Png.Length > 15_000, $"{chart.TableKey}: {chart.Png.Length} bytes is too little for a chart with text.");
        }
    }

    [Fact]
    public void The_text_alternative_names_the_kind_every_series_every_category_and_the_hidden_values()
    {
        var document = SampleReport.Build();
        var bars = SampleReport.Tables(document).Single(t => t.Key == "categorie");

        var text = ChartAltText.For(document, bars);

        Assert.StartsWith("Staafdiagram: Meldingen per categorie, 2024–2026. Reeksen: 2024, 2025 en 2026. Per categorie.", text, StringComparison.Ordinal);
        Assert.Contains("Ongewenste omgangsvormen: 2024 8, 2025 11, 2026 < 5.", text, StringComparison.Ordinal);
        Assert.Contains("Financiële schendingen: 2024 < 5, 2025 6, 2026 7.", text, StringComparison.Ordinal);
        Assert.Contains("Lekken en misbruik van informatie: 2024 5, 2025 < 5, 2026 < 5.", text, StringComparison.Ordinal);
        Assert.Contains("Waarden kleiner dan 5 zijn afgeschermd en niet getekend.", text, StringComparison.Ordinal);
        Assert.Contains("Het totaal staat in de tabel, niet in de grafiek.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Totaal:", text, StringComparison.Ordinal);

        var lines = ChartAltText.For(document, SampleReport.Tables(document).Single(t => t.Key == "maand"));
        Assert.StartsWith("Lijndiagram: Meldingen per maand, 2024–2026. Reeksen: 2024, 2025 en 2026.", lines, StringComparison.Ordinal);
        Assert.Contains("februari: 2024 < 5, 2025 8, 2026 9.", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_value_is_not_drawn_as_zero()
    {
        var shown = Chart(ReportCell.Count(0));
        var hidden = Chart(ReportCell.Hidden());

        // Zero draws its label "0"; a hidden value draws "< 5" in the bar's place and the axis title explains it.
        Assert.NotEqual(shown.Png, hidden.Png);
        Assert.Contains("< 5", hidden.AltText, StringComparison.Ordinal);
        Assert.DoesNotContain("2026 0", hidden.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_text_is_set_in_the_embedded_font_whatever_the_server_has_installed()
    {
        AnnualReportCharts.Render(SampleReport.Build(), SampleReport.Tables(SampleReport.Build()).First(t => t.Chart != ReportChart.None));

        Assert.IsType<ChartFonts>(ScottPlot.Fonts.FontResolvers[0]);
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.GetTypeface(ReportFonts.Family, bold: false, italic: false).FamilyName);
        Assert.Equal(700, ScottPlot.Fonts.GetTypeface(ReportFonts.Family, bold: true, italic: false).FontWeight);
    }

    private static ChartImage Chart(ReportCell last)
    {
        var document = SampleReport.Build();
        var table = new ReportTable("t", "Meldingen", "Categorie", SampleReport.Years,
            [new ReportRow("Intimidatie", [ReportCell.Count(7), ReportCell.Count(9), last])], Chart: ReportChart.Bars);
        return AnnualReportCharts.Render(document with { Sections = [new ReportSection("s", "S", null, [table])] }, table);
    }
}
