using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// A report table in the PDF as a tagged table: Table, THead and TBody, TR, a TH per column header
/// (scope Column) and per row label (scope Row), a TD per figure, so a screen reader announces
/// "2025, Intimidatie: &lt; 5". Figures are right-aligned, a total row is bold under a rule, and a
/// table that runs onto the next page repeats its header row there as an artifact.
/// </summary>
internal static class PdfTables
{
    private const double Size = 9, Padding = 4, MinLabelWidth = 150, MinValueWidth = 52;

    public static void Draw(PdfPages pages, ReportTable table, int threshold)
    {
        var font = PdfPages.Font(Size);
        var bold = PdfPages.Font(Size, bold: true);
        var rows = table.Rows.Select(r => (Row: r, Cells: Texts(table, r, threshold))).ToList();
        var widths = Widths(pages, table, rows.Select(r => r.Cells), font, bold);
        IReadOnlyList<string> header = [table.RowHeader, .. table.Columns];
        var headerLines = Lines(pages, header, widths, bold);
        var firstLines = rows.Count > 0 ? Lines(pages, rows[0].Cells, widths, rows[0].Row.IsTotal ? bold : font) : new List<List<string>>();
        pages.Room(Height(headerLines, bold) + Height(firstLines, font));

        pages.Structure.BeginElement(PdfBlockLevelElementTag.Table);
        pages.Structure.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
        Row(pages, headerLines, widths, bold, RowKind.Header, tagged: true);
        pages.Structure.End();
        pages.Structure.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
        foreach (var (row, cells) in rows)
        {
            var rowFont = row.IsTotal ? bold : font;
            var lines = Lines(pages, cells, widths, rowFont);
            if (pages.Y + Height(lines, rowFont) > PdfPages.Bottom)
            {
                pages.NewPage();
                Row(pages, headerLines, widths, bold, RowKind.Header, tagged: false);
            }

            Row(pages, lines, widths, rowFont, row.IsTotal ? RowKind.Total : RowKind.Body, tagged: true);
        }

        pages.Structure.End();
        pages.Structure.End();
        pages.Y += 6;
    }

    private enum RowKind
    {
        Header,
        Body,
        Total,
    }

    private static void Row(PdfPages pages, List<List<string>> cells, List<double> widths, XFont font, RowKind kind, bool tagged)
    {
        var height = Height(cells, font);
        var top = pages.Y;
        pages.Artifact(() =>
        {
            if (kind == RowKind.Header)
            {
                pages.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xEE, 0xEE, 0xEE)), new XRect(PdfPages.Margin, top, PdfPages.ContentWidth, height));
            }

            var pen = new XPen(XColors.Gray, kind == RowKind.Body ? 0.3 : 0.9);
            pages.Graphics.DrawLine(pen, PdfPages.Margin, top + height, PdfPages.Margin + PdfPages.ContentWidth, top + height);
            if (kind == RowKind.Total)
            {
                pages.Graphics.DrawLine(pen, PdfPages.Margin, top, PdfPages.Margin + PdfPages.ContentWidth, top);
            }
        });
        if (tagged)
        {
            pages.Structure.BeginElement(PdfBlockLevelElementTag.TableRow);
        }

        var x = PdfPages.Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var isHeaderCell = kind == RowKind.Header || i == 0;
            if (tagged)
            {
                pages.Structure.BeginElement(isHeaderCell ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                if (isHeaderCell)
                {
                    pages.Structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", kind == RowKind.Header ? "/Column" : "/Row");
                }
            }
            else
            {
                pages.Structure.BeginArtifact();
            }

            var y = top + Padding;
            foreach (var line in cells[i])
            {
                var left = i == 0 ? x + Padding : x + widths[i] - Padding - pages.Measure(line, font);
                pages.Graphics.DrawString(line, font, XBrushes.Black, left, y, XStringFormats.TopLeft);
                y += font.GetHeight();
            }

            pages.Structure.End();
            x += widths[i];
        }

        if (tagged)
        {
            pages.Structure.End();
        }

        pages.Y = top + height;
    }

    private static IReadOnlyList<string> Texts(ReportTable table, ReportRow row, int threshold) =>
        [row.Label, .. table.Columns.Select((_, i) => i < row.Cells.Count ? CellText.Display(row.Cells[i], threshold) : CellText.NotApplicable)];

    private static List<List<string>> Lines(PdfPages pages, IReadOnlyList<string> cells, List<double> widths, XFont font) =>
        [.. cells.Select((text, i) => pages.Wrap(text, font, widths[i] - (2 * Padding)))];

    private static double Height(List<List<string>> cells, XFont font) =>
        (cells.Count == 0 ? 1 : cells.Max(c => c.Count) * font.GetHeight()) + (2 * Padding);

    // Figures get what their widest value needs (a header may wrap); the label column takes the rest.
    private static List<double> Widths(PdfPages pages, ReportTable table, IEnumerable<IReadOnlyList<string>> rows, XFont font, XFont bold)
    {
        var all = rows.ToList();
        var values = table.Columns.Select((column, i) => (2 * Padding) + Math.Max(
            Math.Min(pages.Measure(column, bold), 80),
            all.Select(r => pages.Measure(r[i + 1], bold)).DefaultIfEmpty(0).Max())).Select(w => Math.Max(w, MinValueWidth)).ToList();
        var room = PdfPages.ContentWidth - MinLabelWidth;
        if (values.Sum() > room)
        {
            var scale = room / values.Sum();
            values = [.. values.Select(v => v * scale)];
        }

        return [PdfPages.ContentWidth - values.Sum(), .. values];
    }
}
