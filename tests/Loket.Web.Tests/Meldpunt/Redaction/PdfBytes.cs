using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>A PDF as someone digging in it would read it: the raw bytes and every stream inflated.</summary>
internal static partial class PdfBytes
{
    public static string Everything(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var parts = new List<string> { raw };
        foreach (Match start in StreamStart().Matches(raw))
        {
            var from = start.Index + start.Length;
            var end = raw.IndexOf("endstream", from, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            try
            {
                using var inflate = new ZLibStream(new MemoryStream(pdf[from..end]), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                inflate.CopyTo(plain);
                parts.Add(Encoding.Latin1.GetString(plain.ToArray()));
            }
            catch (InvalidDataException)
            {
                // Not a compressed stream (or the "stream" of an "endstream"): its raw bytes are already searched.
            }
        }

        Assert.True(parts.Count > 1, "The PDF has no compressed stream to inflate.");
        return string.Join('\n', parts);
    }

    [GeneratedRegex(@"(?<!end)stream\r?\n")]
    private static partial Regex StreamStart();
}
