using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// The pen of the report's PDF: A4 pages filled top to bottom, each piece of text drawn inside the
/// structure element PDFsharp's <see cref="StructureBuilder"/> is told about, so the tags follow the
/// reading order. Page furniture (footer, rules, shading, a repeated table header) is an artifact,
/// which a screen reader skips.
/// </summary>
internal sealed class PdfPages : IDisposable
{
    public const double PageWidth = 595.28, PageHeight = 841.89, Margin = 56, Bottom = PageHeight - 64;

    public const double ContentWidth = PageWidth - (2 * Margin);

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly string footer;
    private readonly XGraphics measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
    private XGraphics? graphics;

    public PdfPages(PdfDocument document, string footer)
    {
        Document = document;
        this.footer = footer;
        Structure = UAManager.ForDocument(document).StructureBuilder;
    }

    public PdfDocument Document { get; }

    public StructureBuilder Structure { get; }

    public PdfPage Page { get; private set; } = null!;

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    /// <summary>Where the next thing is drawn, from the top of the page.</summary>
    public double Y { get; set; }

    public static XFont Font(double size, bool bold = false) =>
        new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    public void NewPage()
    {
        Structure.EndMarkedContentsWithId();
        graphics?.Dispose();
        Page = Document.AddPage();
        Page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(Page);
        Y = Margin;
        Artifact(() =>
        {
            var font = Font(8);
            var text = $"{footer} · pagina {Document.PageCount}";
            Graphics.DrawString(text, font, XBrushes.DimGray, Margin, PageHeight - 40, XStringFormats.TopLeft);
        });
    }

    /// <summary>A new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void Room(double height)
    {
        if (graphics is null || Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Artifact(Action draw)
    {
        Structure.BeginArtifact();
        draw();
        Structure.End();
    }

    /// <summary>One tagged block of text (H1, H2, H3 or P), wrapped to the width, breaking pages between lines.</summary>
    public void Text(PdfBlockLevelElementTag tag, string text, XFont font, double spaceAfter, XBrush? brush = null, double keepWithNext = 0)
    {
        var lines = Wrap(text, font, ContentWidth);
        var height = font.GetHeight();
        Room((Math.Min(lines.Count, 2) * height) + keepWithNext);
        Structure.BeginElement(tag);
        foreach (var line in lines)
        {
            Room(height);
            Graphics.DrawString(line, font, brush ?? XBrushes.Black, Margin, Y, XStringFormats.TopLeft);
            Y += height;
        }

        Structure.End();
        Y += spaceAfter;
    }

    /// <summary>Lines no wider than <paramref name="width"/>, broken at spaces (a word too long for a line is cut).</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && Measure(line, font) > width)
                {
                    var fits = Enumerable.Range(1, line.Length - 1).Last(n => n == 1 || Measure(line[..n], font) <= width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : measure.MeasureString(text, font).Width;

    public void Dispose()
    {
        Structure.EndMarkedContentsWithId();
        graphics?.Dispose();
        measure.Dispose();
    }
}
