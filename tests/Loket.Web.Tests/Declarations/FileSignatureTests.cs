using System.Text;
using Loket.Web.Infrastructure.Files;

namespace Loket.Web.Tests.Declarations;

public sealed class FileSignatureTests
{
    public static TheoryData<string, byte[], string?> Samples => new()
    {
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.4\n"), "application/pdf" },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png" },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "image/jpeg" },
        { "GIF", Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00"), "image/gif" },
        { "WebP", Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WEBPVP8 "), "image/webp" },
        // RIFF, but audio: not an image.
        { "WAV", Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WAVEfmt "), null },
        // SVG can carry script: never accepted, whatever its name.
        { "SVG", Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), null },
        { "HTML", Encoding.ASCII.GetBytes("<!DOCTYPE html><html>"), null },
        { "EXE", [(byte)'M', (byte)'Z', 0x90, 0], null },
        { "ZIP (also docx)", [(byte)'P', (byte)'K', 3, 4], null },
        { "PDF without its dash", Encoding.ASCII.GetBytes("%PDF"), null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_bytes_decide_what_a_file_is(string what, byte[] header, string? expected) =>
        Assert.True(FileSignature.Detect(header)?.ContentType == expected, what);

    [Theory]
    // The bytes are a PDF here, so the name ends in .pdf too.
    [InlineData(@"C:\Users\mila\Mijn foto's\taart.jpg", "taart.jpg.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("kaart\u0000\r\n\"x\".pdf", "kaartx.pdf")]
    [InlineData("", "bijlage.pdf")]
    [InlineData(null, "bijlage.pdf")]
    public void A_file_name_is_cleaned_of_paths_quotes_and_control_characters(string? name, string expected) =>
        Assert.Equal(expected, FileSignature.CleanName(name, FileSignature.Pdf));

    [Theory]
    [InlineData("factuur\u202Efdp.exe", "factuurfdp.exe.pdf")]
    [InlineData("rapport\u2066\u200B\u200F.pdf", "rapport.pdf")]
    [InlineData("scan.PDF", "scan.PDF")]
    [InlineData("notities", "notities.pdf")]
    [InlineData("a<>|?*b.pdf", "ab.pdf")]
    public void A_name_loses_bidi_and_invisible_characters_and_ends_in_the_kind_its_bytes_are(string name, string expected) =>
        Assert.Equal(expected, FileSignature.CleanName(name, FileSignature.Pdf));

    public static TheoryData<string, byte[], string?> ReporterSamples => new()
    {
        { "docx", Package(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", Package(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "docm (macros)", Package(("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"), ("word/document.xml", "<w:document/>")), null },
        { "xlsx with a VBA project", Package(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/vbaProject.bin", "x")), null },
        { "odt", Package(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")), "application/vnd.oasis.opendocument.text" },
        { "odt with Basic macros", Package(("mimetype", "application/vnd.oasis.opendocument.text"), ("Basic/Standard/Module1.xml", "x")), null },
        { "zip of anything", Package(("setup.exe", "MZ")), null },
        { "text", Encoding.UTF8.GetBytes("Op 3 maart zag ik het.\r\nGroet"), "text/plain" },
        { "text with NUL", [(byte)'a', 0, (byte)'b'], null },
        { "not UTF-8", [0xC3, 0x28], null },
        { "old Word (OLE)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], null },
        { "EXE", [(byte)'M', (byte)'Z', 0x90, 0], null },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.4\n"), "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(ReporterSamples))]
    public void A_reporter_may_send_office_documents_without_macros_and_plain_text(string what, byte[] content, string? expected) =>
        Assert.True(FileSignature.Detect(content, FileSignature.ForReporters)?.ContentType == expected, what);

    [Fact]
    public void Declarations_still_take_only_pdf_and_images() =>
        Assert.Null(FileSignature.Detect(Package(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")), FileSignature.ForDeclarations));

    private static byte[] Package(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_long_file_name_keeps_its_extension()
    {
        var clean = FileSignature.CleanName(new string('a', 300) + ".pdf", FileSignature.Pdf);

        Assert.Equal(120, clean.Length);
        Assert.EndsWith(".pdf", clean, StringComparison.Ordinal);
    }
}
