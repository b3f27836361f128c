using Loket.Web.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>The PDF of a copy: readable text in Dutch, tagged, with a title that names no one, over as many pages as it needs.</summary>
public sealed class RedactedPdfTests
{
    [Fact]
    public void A_copy_becomes_a_tagged_dutch_pdf_whose_text_a_reader_extracts()
    {
        var text = string.Join('\n', Enumerable.Range(1, 90).Select(i => $"Regel {i}: de coördinator zag één envelop met € 500 (en [weggelakt] gaf hem door)."));

        var pdf = TaggedPdf.Write("Weggelakte kopie, dossier M-ABC234", ["Bron: de melding", "Gemaakt voor de politie."], text, new DateTimeOffset(2026, 12, 6, 14, 5, 0, TimeSpan.Zero));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        var extracted = string.Join('\n', document.GetPages().Select(p => p.Text));
        Assert.Contains("Weggelakte kopie, dossier M-ABC234", extracted, StringComparison.Ordinal);
        Assert.Contains("de coördinator zag één envelop met € 500", extracted, StringComparison.Ordinal);
        Assert.Contains("Regel 90", extracted, StringComparison.Ordinal);
        Assert.Equal("Weggelakte kopie, dossier M-ABC234", document.Information.Title);
        Assert.Null(document.Information.Author);

        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Lang (nl-NL)", raw, StringComparison.Ordinal);
        Assert.Contains("/MarkInfo << /Marked true >>", raw, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", raw, StringComparison.Ordinal);
        Assert.Contains("/S /H1", raw, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", raw, StringComparison.Ordinal);
        Assert.Contains("BDC", PdfBytes.Everything(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kort", 80, new[] { "kort" })]
    [InlineData("een twee drie", 8, new[] { "een twee", "drie" })]
    [InlineData("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })]
    public void Lines_wrap_at_spaces_and_a_long_word_breaks_where_it_must(string paragraph, int columns, string[] expected) =>
        Assert.Equal(expected, TaggedPdf.Wrap(paragraph, columns));
}
