using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// The whole report as a tagged PDF (PDF/UA-like) with PDFsharp 6.2 (MIT; not 6.5, which is AGPL):
/// a structure tree (Document, Sect, H1–H3, P, Table with TH/TD, Figure with its text alternative),
/// language nl, the title in the metadata and shown by the viewer, and a bookmark per section and
/// table. Charts are the PNGs of <see cref="AnnualReportCharts"/>, each followed by its table. The
/// order follows the report: title and how to read it, the sections, then the coordinator's text.
/// Nothing but the document is read, so nothing outside the published figures can appear.
/// </summary>
public static class AnnualReportPdf
{
    public const string ContentType = "application/pdf";

    public static string FileName(AnnualReportDocument document) => ReportFiles.BaseName(document) + ".pdf";

    public static byte[] Write(AnnualReportDocument document)
    {
        PdfFonts.Use();
        var title = string.Create(CultureInfo.InvariantCulture, $"Integriteitsjaarverslag {document.Year} – {document.Municipality}");
        using var pdf = new PdfDocument();
        pdf.Info.Title = XmpSafe(title);
        pdf.Info.Subject = XmpSafe($"Verantwoording van het integriteitsbeleid (Ambtenarenwet 2017 art. 4 lid 4), {document.Status}");
        pdf.Info.Creator = "Integriteitsloket";
        pdf.PageMode = PdfPageMode.UseOutlines;
        using (var pages = new PdfPages(pdf, title))
        {
            UAManager.ForDocument(pdf).SetDocumentLanguage("nl");
            pdf.ViewerPreferences.DisplayDocTitle = true;
            pages.NewPage();
            Opening(pages, document);
            foreach (var section in document.Sections)
            {
                Section(pages, document, section);
            }

            foreach (var text in document.Texts)
            {
                pages.Structure.BeginElement(PdfGroupingElementTag.Section);
                Heading(pages, 2, text.Heading, pdf.Outlines);
                foreach (var paragraph in text.Body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    pages.Text(PdfBlockLevelElementTag.Paragraph, paragraph, PdfPages.Font(10), 6);
                }

                pages.Structure.End();
            }
        }

        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    private static void Opening(PdfPages pages, AnnualReportDocument document)
    {
        var threshold = document.SuppressionThreshold;
        Heading(pages, 1, $"Integriteitsjaarverslag {document.Year}", pages.Document.Outlines);
        pages.Text(PdfBlockLevelElementTag.Paragraph, document.Municipality, PdfPages.Font(14, bold: true), 4);
        pages.Text(PdfBlockLevelElementTag.Paragraph, $"Status: {document.Status}", PdfPages.Font(10), 10);
        pages.Text(PdfBlockLevelElementTag.Paragraph,
            $"De tabellen tonen {Years(document.Years)}. Aantallen kleiner dan {threshold} staan als \u201c< {threshold}\u201d, zodat niemand herkenbaar is; "
            + "waar nodig is ook een ander getal afgeschermd, zodat een verborgen getal niet uit totalen, andere rijen of andere jaren terug te rekenen is. "
            + $"\u201c{CellText.NotApplicable}\u201d betekent: er is niets te tellen of te meten. Elke grafiek staat boven de tabel met dezelfde cijfers.",
            PdfPages.Font(10), 12);
    }

    private static void Section(PdfPages pages, AnnualReportDocument document, ReportSection section)
    {
        pages.Structure.BeginElement(PdfGroupingElementTag.Section);
        var outline = Heading(pages, 2, section.Title, pages.Document.Outlines);
        if (section.Introduction is { Length: > 0 } introduction)
        {
            pages.Text(PdfBlockLevelElementTag.Paragraph, introduction, PdfPages.Font(10), 8);
        }

        foreach (var table in section.Tables)
        {
            Heading(pages, 3, table.Title, outline.Outlines);
            if (table.Chart != ReportChart.None)
            {
                Figure(pages, AnnualReportCharts.Render(document, table));
            }

            PdfTables.Draw(pages, table, document.SuppressionThreshold);
            if (table.Note is { Length: > 0 } note)
            {
                pages.Text(PdfBlockLevelElementTag.Paragraph, note, PdfPages.Font(8.5), 4, XBrushes.DimGray);
            }

            pages.Y += 10;
        }

        pages.Structure.End();
    }

    private static PdfOutline Heading(PdfPages pages, int level, string text, PdfOutlineCollection outlines)
    {
        var (tag, size, before) = level switch
        {
            1 => (PdfBlockLevelElementTag.Heading1, 22d, 0d),
            2 => (PdfBlockLevelElementTag.Heading2, 15d, 10d),
            _ => (PdfBlockLevelElementTag.Heading3, 11.5d, 4d),
        };
        var font = PdfPages.Font(size, bold: true);
        pages.Room(before + (2 * font.GetHeight()) + 90); // a heading never ends a page alone
        pages.Y += pages.Y > PdfPages.Margin ? before : 0;
        var outline = outlines.Add(text, pages.Page, level < 3);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Left = 0;
        outline.Top = PdfPages.PageHeight - pages.Y + 4;
        pages.Text(tag, text, font, level == 1 ? 6 : 4);
        return outline;
    }

    private static void Figure(PdfPages pages, ChartImage chart)
    {
        var width = PdfPages.ContentWidth;
        var height = width * chart.Height / chart.Width;
        var tallest = PdfPages.Bottom - PdfPages.Margin - 40;
        if (height > tallest)
        {
            (width, height) = (width * tallest / height, tallest);
        }

        pages.Room(height + 40);
        var box = new XRect(PdfPages.Margin, pages.Y, width, height);
        var image = XImage.FromStream(new MemoryStream(chart.Png));
        pages.Structure.BeginElement(PdfIllustrationElementTag.Figure, chart.AltText,
            new XRect(box.X, PdfPages.PageHeight - box.Y - box.Height, box.Width, box.Height));
        pages.Graphics.DrawImage(image, box);
        pages.Structure.End();
        pages.Y += height + 6;
    }

    private static string Years(IReadOnlyList<int> years) => years.Count switch
    {
        0 => "de cijfers van het verslagjaar",
        1 => $"de cijfers van {years[0]}",
        _ => $"{string.Join(", ", years.Take(years.Count - 1))} en {years[^1]} naast elkaar",
    };

    // PDFsharp writes the title into the XMP metadata unescaped: keep XML's own characters out of it.
    private static string XmpSafe(string text) => text.Replace("&", "en", StringComparison.Ordinal).Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
}
