namespace Loket.Web.Infrastructure.Files;

/// <summary>
/// What a file is, read from its first bytes ("magic numbers"), never from its name or the browser's
/// Content-Type: both are chosen by the uploader. Only types a browser shows without running code are
/// known here; SVG (which can carry script), Office files and archives are deliberately not.
/// </summary>
public static class FileSignature
{
    /// <summary>A kind of file: its type, the extension it is offered with, and other extensions it may carry.</summary>
    public sealed record Kind(string ContentType, string Extension, params string[] Also)
    {
        public bool Fits(string extension) =>
            string.Equals(extension, Extension, StringComparison.OrdinalIgnoreCase) || Also.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The kinds one kind of uploader may send, with the words and accept attribute that say so.</summary>
    public sealed record Accepted(IReadOnlyList<Kind> Kinds, string InWords, string AcceptAttribute);

    public static readonly Kind Pdf = new("application/pdf", ".pdf");
    public static readonly Kind Png = new("image/png", ".png");
    public static readonly Kind Jpeg = new("image/jpeg", ".jpg", ".jpeg");
    public static readonly Kind Gif = new("image/gif", ".gif");
    public static readonly Kind WebP = new("image/webp", ".webp");

    /// <summary>
    /// The kind <paramref name="content"/> is among <paramref name="accepted"/>, or null: first by magic
    /// numbers, then as an Office or OpenDocument file, then as plain text (<see cref="DocumentSignature"/>).
    /// </summary>
    public static Kind? Detect(byte[] content, Accepted accepted)
    {
        var kind = Detect(content) ?? DocumentSignature.Detect(content);
        return kind is not null && accepted.Kinds.Contains(kind) ? kind : null;
    }

    /// <summary>The image or PDF kind the content is, or null when it is none of them.</summary>
    public static Kind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        // RIFF, four bytes of length, then the form type.
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return null;
    }

    /// <summary>The accepted kinds in words, for error messages and hints.</summary>
    public const string AcceptedInWords = "PDF of een afbeelding (PNG, JPEG, GIF of WebP)";

    /// <summary>The value of an input's accept attribute: a hint to the browser's file picker, nothing more.</summary>
    public const string AcceptAttribute = ".pdf,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/png,image/jpeg,image/gif,image/webp";

    /// <summary>What declarations take: things a browser shows without running code.</summary>
    public static readonly Accepted ForDeclarations = new([Pdf, Png, Jpeg, Gif, WebP], AcceptedInWords, AcceptAttribute);

    /// <summary>
    /// What a reporter may send as evidence: the declaration kinds, Office and OpenDocument files without
    /// macros, and plain text (a saved e-mail is text too). Never files that can run or carry other files
    /// past this check: programs, scripts, archives, HTML, SVG, old Office files (doc, xls) and Outlook
    /// messages (msg), whose macros or attachments this check cannot see; those can be saved as PDF.
    /// </summary>
    public static readonly Accepted ForReporters = new(
        [Pdf, Png, Jpeg, Gif, WebP, DocumentSignature.Docx, DocumentSignature.Xlsx, DocumentSignature.Pptx, DocumentSignature.Odt, DocumentSignature.Ods, DocumentSignature.Odp, DocumentSignature.Text],
        "PDF, afbeelding (PNG, JPEG, GIF of WebP), Word-, Excel- of PowerPoint-bestand (docx, xlsx, pptx, zonder macro's), OpenDocument-bestand (odt, ods, odp) of platte tekst (txt)",
        ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.eml");

    /// <summary>
    /// A file name fit to show and to offer for download: no path, no control or formatting characters
    /// (a right-to-left override turns "factuur\u202Efdp.exe" into "factuurexe.pdf" on screen), none of
    /// the characters Windows refuses, not too long, and ending in an extension of the kind its bytes are.
    /// </summary>
    public static string CleanName(string? name, Kind kind)
    {
        var bare = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var clean = new string([.. bare.Where(Shown)]).Trim().TrimEnd('.').Trim();
        if (clean.Length == 0)
        {
            clean = "bijlage" + kind.Extension;
        }
        else if (!kind.Fits(Path.GetExtension(clean)))
        {
            // The bytes decide the kind, so the name says it too: "rapport.exe" that is a PDF is "rapport.exe.pdf".
            clean += kind.Extension;
        }

        return clean.Length <= 120 ? clean : string.Concat(clean.AsSpan(0, 120 - kind.Extension.Length), kind.Extension);
    }

    /// <summary>A message about a file names it as the uploader sent it, but with only visible, plain characters.</summary>
    public static string Readable(string? name)
    {
        var bare = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var clean = new string([.. bare.Where(Shown)]).Trim();
        return clean.Length == 0 ? "bestand" : clean.Length <= 120 ? clean : clean[..120];
    }

    // Control, formatting (bidi overrides and isolates, zero-width characters), line and paragraph
    // separators and unassigned code points never reach a name; nor do quotes and path or device characters.
    private static bool Shown(char c) =>
        char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
            or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse)
        && c is not ('"' or '/' or ':' or '<' or '>' or '|' or '?' or '*');
}
