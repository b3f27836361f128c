using ScottPlot;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// Okabe and Ito's palette, which people with any of the common colour vision deficiencies tell apart,
/// taken from the last series backwards so the report year is always the dark blue. Lines also differ
/// by marker and dash, so a chart printed in grey still reads.
/// </summary>
internal static class ChartPalette
{
    private static readonly Color[] Colors =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#000000"),
    ];

    private static readonly MarkerShape[] Markers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.OpenCircle];

    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static Color Colour(int series, int count) => Colors[FromLast(series, count) % Colors.Length];

    public static MarkerShape Marker(int series, int count) => Markers[FromLast(series, count) % Markers.Length];

    public static LinePattern Pattern(int series, int count) => Patterns[FromLast(series, count) % Patterns.Length];

    private static int FromLast(int series, int count) => count - 1 - series;
}
