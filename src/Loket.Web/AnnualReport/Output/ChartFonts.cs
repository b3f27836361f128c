using ScottPlot;
using SkiaSharp;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// ScottPlot's font lookup answers <see cref="ReportFonts.Family"/> with the embedded DejaVu Sans.
/// ScottPlot's font settings are process-wide; <see cref="Use"/> puts this resolver first once, and
/// every chart names the family itself, so text never falls back to a system font (the Linux Skia
/// build ScottPlot brings uses no fontconfig, only what lies in /usr/share/fonts, which a fresh Debian
/// with just the .NET SDK lacks).
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    private static readonly Lazy<ChartFonts> Registered = new(() =>
    {
        var fonts = new ChartFonts();
        Fonts.FontResolvers.Insert(0, fonts);
        Fonts.Default = ReportFonts.Family;
        Fonts.Sans = ReportFonts.Family;
        return fonts;
    });

    // Made once and kept for the process: ScottPlot caches the typefaces it is given and never disposes them.
    private static readonly SKTypeface Regular = SKTypeface.FromData(SKData.CreateCopy(ReportFonts.Bytes(bold: false)));

    private static readonly SKTypeface Bold = SKTypeface.FromData(SKData.CreateCopy(ReportFonts.Bytes(bold: true)));

    public static void Use() => _ = Registered.Value;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == ReportFonts.Family ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
