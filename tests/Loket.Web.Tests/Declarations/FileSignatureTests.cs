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
    [InlineData(@"C:\Users\mila\Mijn foto's\taart.jpg", "taart.jpg")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("kaart\u0000\r\n\"x\".pdf", "kaartx.pdf")]
    [InlineData("", "bijlage.pdf")]
    [InlineData(null, "bijlage.pdf")]
    public void A_file_name_is_cleaned_of_paths_quotes_and_control_characters(string? name, string expected) =>
        Assert.Equal(expected, FileSignature.CleanName(name, FileSignature.Pdf));

    [Fact]
    public void A_long_file_name_keeps_its_extension()
    {
        var clean = FileSignature.CleanName(new string('a', 300) + ".pdf", FileSignature.Pdf);

        Assert.Equal(120, clean.Length);
        Assert.EndsWith(".pdf", clean, StringComparison.Ordinal);
    }
}
