using Loket.Web.AnnualReport;
using Loket.Web.AnnualReport.Output;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>
/// The tagged PDF, read back with an independent reader (PdfPig): the text holds every heading and
/// figure, the structure tree has headings, tables with TH and TD and figures with their text
/// alternative, the language is Dutch, the title is shown, and every section has a bookmark.
/// </summary>
public sealed class AnnualReportPdfTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => AnnualReportPdf.Write(SampleReport.Build()));

    [Fact]
    public void The_text_holds_every_heading_row_label_and_figure_with_hidden_cells_as_less_than_five()
    {
        var document = SampleReport.Build();
        SavedOutputs.Save("jaarverslag.pdf", Pdf.Value);
        using var pdf = PdfDocument.Open(Pdf.Value);
        var text = string.Join('\n', pdf.GetPages().Select(p => p.Text));

        Assert.Contains("Integriteitsjaarverslag 2026", text, StringComparison.Ordinal);
        Assert.Contains("Leidschendam-Voorburg", text, StringComparison.Ordinal);
        foreach (var section in document.Sections)
        {
            Assert.Contains(section.Title, text, StringComparison.Ordinal);
            foreach (var table in section.Tables)
            {
                Assert.Contains(table.Title, text, StringComparison.Ordinal);
                foreach (var row in table.Rows)
                {
                    Assert.Contains(row.Label, text, StringComparison.Ordinal);
                    Assert.Contains(Squeeze(string.Concat(row.Cells.Select(c => CellText.Display(c, SampleReport.Threshold)))), Squeeze(text), StringComparison.Ordinal);
                }
            }
        }

        Assert.Contains("Doelen voor 2027", text, StringComparison.Ordinal);
        Assert.Contains("De vertrouwenspersonen kregen een training.", text, StringComparison.Ordinal);
        Assert.Contains("€ 8.250,50", text, StringComparison.Ordinal);
        Assert.Contains("37,5%", text, StringComparison.Ordinal);
        Assert.Contains("< 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_structure_tree_tags_headings_paragraphs_tables_with_header_and_data_cells_and_figures_with_alt_text()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);

        var elements = PdfStructure.Elements(pdf);

        var tags = elements.Select(e => e.Tag).ToList();
        Assert.Equal("Document", tags[0]);
        Assert.Single(tags, "H1");
        Assert.Equal(3 + 2, tags.Count(t => t == "H2")); // three sections and two texts of the coordinator
        Assert.Equal(5, tags.Count(t => t == "H3"));
        Assert.Equal(5, tags.Count(t => t == "Table"));
        Assert.Equal((4 + 4 + 4 + 2 + 2) + 5, tags.Count(t => t == "TR")); // every row and one header row per table
        Assert.Equal((4 * 3) + (4 * 3) + (4 * 3) + (2 * 3) + (2 * 3), tags.Count(t => t == "TD"));
        Assert.Equal((4 * 5) + 4 + 4 + 4 + 2 + 2, tags.Count(t => t == "TH"));
        Assert.Contains("P", tags);
        Assert.Contains("Sect", tags);

        var figures = elements.Where(e => e.Tag == "Figure").ToList();
        Assert.Equal(2, figures.Count);
        Assert.StartsWith("Staafdiagram: Meldingen per categorie", figures[0].Alt, StringComparison.Ordinal);
        Assert.StartsWith("Lijndiagram: Meldingen per maand", figures[1].Alt, StringComparison.Ordinal);

        var scopes = elements.Where(e => e.Tag == "TH").Select(e => Scope(pdf, e.Element)).ToList();
        Assert.Equal(4 * 5, scopes.Count(s => s == "Column"));
        Assert.Equal(4 + 4 + 4 + 2 + 2, scopes.Count(s => s == "Row"));
    }

    [Fact]
    public void The_document_is_dutch_shows_its_title_and_has_a_bookmark_per_section_and_table()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);

        Assert.Equal("nl", PdfStructure.CatalogString(pdf, "Lang"));
        Assert.Equal("Integriteitsjaarverslag 2026 – Leidschendam-Voorburg", pdf.Information.Title);
        var raw = System.Text.Encoding.UTF8.GetString(Pdf.Value);
        Assert.Contains("/DisplayDocTitle true", raw, StringComparison.Ordinal);
        Assert.Contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Integriteitsjaarverslag 2026 – Leidschendam-Voorburg</rdf:li>", raw, StringComparison.Ordinal);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(
            ["Integriteitsjaarverslag 2026", "Kerncijfers", "Meldingen van vermoedens", "Afhandeling en onderzoek", "Ontwikkelingen", "Doelen voor 2027"],
            bookmarks.Roots.Select(b => b.Title));
        Assert.Equal(["Meldingen per categorie", "Meldingen per maand"], bookmarks.Roots[2].Children.Select(b => b.Title));
    }

    [Fact]
    public void Text_is_set_in_the_embedded_font()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);

        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("+DejaVu Sans", f, StringComparison.Ordinal)); // a subset of the embedded font
    }

    [Fact]
    public void A_table_longer_than_a_page_goes_on_with_its_header_repeated_but_tagged_once()
    {
        var document = SampleReport.Build();
        var rows = Enumerable.Range(1, 90).Select(i => new ReportRow($"Afdeling {i}", [ReportCell.Count(i), ReportCell.Hidden(), ReportCell.Count(i + 1)])).ToList();
        var table = new ReportTable("afdeling", "Meldingen per afdeling", "Afdeling", SampleReport.Years, rows);
        var bytes = AnnualReportPdf.Write(document with { Sections = [new ReportSection("eenheden", "Per organisatieonderdeel", null, [table])], Texts = [] });

        using var pdf = PdfDocument.Open(bytes);

        Assert.True(pdf.NumberOfPages >= 3);
        Assert.All(pdf.GetPages().Skip(1), page => Assert.Contains("Afdeling2024", page.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        var tags = PdfStructure.Elements(pdf).Select(e => e.Tag).ToList();
        Assert.Equal(91, tags.Count(t => t == "TR"));
        Assert.Equal(4 + 90, tags.Count(t => t == "TH"));
        Assert.Equal(90 * 3, tags.Count(t => t == "TD"));
        Assert.Contains("Afdeling 90", string.Join('\n', pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }

    private static string? Scope(PdfDocument pdf, DictionaryToken element) =>
        element.TryGet(NameToken.Create("A"), out var attributes) && PdfStructure.Resolve(pdf, attributes) is DictionaryToken a
            && a.TryGet(NameToken.Create("Scope"), out var scope) && PdfStructure.Resolve(pdf, scope) is NameToken name
            ? name.Data
            : null;

    // The figures of a row side by side, as the text reads with its spaces left out.
    private static string Squeeze(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
}
