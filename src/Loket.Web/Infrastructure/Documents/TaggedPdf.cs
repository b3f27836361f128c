using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Loket.Web.Infrastructure.Documents;

/// <summary>
/// Writes a document as a tagged PDF (structure tree, one element per heading and paragraph, language
/// nl-NL, the title shown instead of the file name) from its text alone: the desk's redacted copies
/// (Meldpunt/Redaction), the oath record and the signed statement (Onboarding). Written by hand, not
/// with a library: every byte is one this class put there, so there is no producer, XMP metadata, font
/// subset name or leftover object that could carry something. The text is in Courier, one of the
/// standard fonts every reader has (nothing embedded, monospaced so lines wrap exactly); characters
/// outside its encoding become "?". Content streams are compressed.
/// </summary>
public static class TaggedPdf
{
    private const int Width = 595, Height = 842, Margin = 56;
    private const int BodySize = 10, TitleSize = 13, Leading = 14;
    private const int BodyColumns = (Width - (2 * Margin)) * 10 / (6 * BodySize);
    private const int TitleColumns = (Width - (2 * Margin)) * 10 / (6 * TitleSize);
    private const int LinesPerPage = (Height - (2 * Margin)) / Leading;

    /// <summary>Title (also the document title), lines about the document, and its text.</summary>
    public static byte[] Write(string title, IReadOnlyList<string> about, string text, DateTimeOffset created)
    {
        // Paragraphs: the title (H1), each line about the document, each line of the text; an empty line is space only.
        var paragraphs = new List<(string Tag, bool Bold, List<string> Lines)> { ("H1", true, Wrap(title, TitleColumns)) };
        paragraphs.AddRange(about.Select(a => ("P", false, Wrap(a, BodyColumns))));
        paragraphs.Add(("", false, [string.Empty]));
        paragraphs.AddRange(text.ReplaceLineEndings("\n").Split('\n').Select(line => (line.Trim().Length == 0 ? "" : "P", false, Wrap(line, BodyColumns))));

        var pdf = new Writer();
        var (catalog, pages, root, document, parentTree, body, bold, info) = (pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve());
        var pageIds = new List<int>();
        var marks = new List<List<int>>(); // per page: the element of each marked-content id
        var elements = new List<(int Id, string Tag, List<(int Page, int Mcid)> Parts)>();
        var content = new StringBuilder();
        var line = 0;
        foreach (var (tag, isBold, lines) in paragraphs)
        {
            (int Id, string Tag, List<(int Page, int Mcid)> Parts)? element = tag.Length == 0 || lines.All(l => l.Length == 0) ? null : (pdf.Reserve(), tag, []);
            foreach (var words in lines)
            {
                if (pageIds.Count == 0 || line == LinesPerPage)
                {
                    FlushPage(pdf, content, pageIds, marks, pages, body, bold);
                    line = 0;
                }

                var y = Height - Margin - ((line + 1) * Leading);
                if (element is { } e && words.Length > 0)
                {
                    var mcid = marks[^1].Count;
                    marks[^1].Add(e.Id);
                    e.Parts.Add((pageIds.Count - 1, mcid));
                    content.Append(CultureInfo.InvariantCulture, $"/{tag} <</MCID {mcid}>> BDC BT /{(isBold ? "F2" : "F1")} {(isBold ? TitleSize : BodySize)} Tf {Margin} {y} Td {Literal(words)} Tj ET EMC\n");
                }

                line++;
            }

            if (element is { } done && done.Parts.Count > 0)
            {
                elements.Add(done);
            }
        }

        FlushPage(pdf, content, pageIds, marks, pages, body, bold, last: true);
        foreach (var (id, tag, parts) in elements)
        {
            var kids = string.Join(' ', parts.Select(p => $"<< /Type /MCR /Pg {pageIds[p.Page]} 0 R /MCID {p.Mcid} >>"));
            pdf.Set(id, $"<< /Type /StructElem /S /{tag} /P {document} 0 R /Pg {pageIds[parts[0].Page]} 0 R /K [{kids}] >>");
        }

        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R /StructTreeRoot {root} 0 R /MarkInfo << /Marked true >> /Lang (nl-NL) /ViewerPreferences << /DisplayDocTitle true >> >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{string.Join(' ', pageIds.Select(p => $"{p} 0 R"))}] /Count {pageIds.Count} >>");
        pdf.Set(root, $"<< /Type /StructTreeRoot /K {document} 0 R /ParentTree {parentTree} 0 R /ParentTreeNextKey {pageIds.Count} >>");
        pdf.Set(document, $"<< /Type /StructElem /S /Document /P {root} 0 R /K [{string.Join(' ', elements.Select(e => $"{e.Id} 0 R"))}] >>");
        pdf.Set(parentTree, $"<< /Nums [{string.Join(' ', marks.Select((m, i) => $"{i} [{string.Join(' ', m.Select(e => $"{e} 0 R"))}]"))}] >>");
        pdf.Set(body, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
        pdf.Set(bold, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>");
        pdf.Set(info, $"<< /Title {Utf16(title)} /Creator (Integriteitsloket) /CreationDate (D:{created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}Z) >>");
        return pdf.Bytes(catalog, info);
    }

    private static void FlushPage(Writer pdf, StringBuilder content, List<int> pageIds, List<List<int>> marks, int pages, int body, int bold, bool last = false)
    {
        if (pageIds.Count > 0)
        {
            var stream = pdf.Reserve();
            pdf.SetStream(stream, Encoding.ASCII.GetBytes(content.ToString()));
            pdf.Set(pageIds[^1], $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 {body} 0 R /F2 {bold} 0 R >> >> "
                + $"/Contents {stream} 0 R /StructParents {pageIds.Count - 1} /Tabs /S >>");
            content.Clear();
        }

        if (!last)
        {
            pageIds.Add(pdf.Reserve());
            marks.Add([]);
        }
    }

    /// <summary>Lines of at most <paramref name="columns"/> characters, broken at spaces, a long word broken where it must.</summary>
    public static List<string> Wrap(string paragraph, int columns)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in paragraph.Replace("\t", "    ", StringComparison.Ordinal).TrimEnd().Split(' '))
        {
            var rest = word;
            while (rest.Length > 0 || current.Length == 0)
            {
                var room = columns - current.Length - (current.Length > 0 ? 1 : 0);
                if (rest.Length <= room)
                {
                    current.Append(current.Length > 0 ? " " : "").Append(rest);
                    break;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    continue;
                }

                lines.Add(rest[..columns]);
                rest = rest[columns..];
            }
        }

        lines.Add(current.ToString());
        return lines;
    }

    /// <summary>A PDF literal string in WinAnsi, kept ASCII in the file: ( ) \ escaped, other bytes as octal.</summary>
    private static string Literal(string text)
    {
        var literal = new StringBuilder("(");
        foreach (var c in text)
        {
            var b = WinAnsi(c);
            literal.Append(b switch
            {
                (byte)'(' or (byte)')' or (byte)'\\' => "\\" + (char)b,
                >= 32 and < 127 => ((char)b).ToString(),
                _ => "\\" + Convert.ToString(b, 8).PadLeft(3, '0'),
            });
        }

        return literal.Append(')').ToString();
    }

    private static byte WinAnsi(char c) => c switch
    {
        >= ' ' and <= '~' => (byte)c,
        >= '\u00A0' and <= '\u00FF' => (byte)c,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => (byte)'?',
    };

    // A text string in UTF-16 with its byte order mark, for the document information (any character).
    private static string Utf16(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>Numbered objects, then the cross-reference table that says where each starts.</summary>
    private sealed class Writer
    {
        private readonly List<byte[]?> objects = [];

        public int Reserve()
        {
            objects.Add(null);
            return objects.Count;
        }

        public void Set(int id, string dictionary) => objects[id - 1] = Encoding.ASCII.GetBytes(dictionary);

        public void SetStream(int id, byte[] data)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            var compressed = packed.ToArray();
            objects[id - 1] = [.. Encoding.ASCII.GetBytes($"<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"), .. compressed, .. "\nendstream"u8];
        }

        public byte[] Bytes(int catalog, int info)
        {
            using var file = new MemoryStream();
            file.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
            var offsets = new List<long>();
            for (var i = 0; i < objects.Count; i++)
            {
                offsets.Add(file.Position);
                file.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
                file.Write(objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved and never written."));
                file.Write("\nendobj\n"u8);
            }

            var xref = file.Position;
            var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
            }

            var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
            file.Write(Encoding.ASCII.GetBytes(table.ToString()));
            return file.ToArray();
        }
    }
}
