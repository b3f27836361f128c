namespace Loket.Web.Infrastructure.Files;

/// <summary>
/// What a file is, read from its first bytes ("magic numbers"), never from its name or the browser's
/// Content-Type: both are chosen by the uploader. Only types a browser shows without running code are
/// known here; SVG (which can carry script), Office files and archives are deliberately not.
/// </summary>
public static class FileSignature
{
    public sealed record Kind(string ContentType, string Extension);

    public static readonly Kind Pdf = new("application/pdf", ".pdf");
    public static readonly Kind Png = new("image/png", ".png");
    public static readonly Kind Jpeg = new("image/jpeg", ".jpg");
    public static readonly Kind Gif = new("image/gif", ".gif");
    public static readonly Kind WebP = new("image/webp", ".webp");

    /// <summary>The kind the content is, or null when it is none of the accepted kinds.</summary>
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

    /// <summary>A file name fit to show and to offer for download: no path, no control characters, not too long.</summary>
    public static string CleanName(string? name, Kind kind)
    {
        var bare = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var clean = new string([.. bare.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':'))]).Trim();
        if (clean.Length == 0)
        {
            clean = "bijlage" + kind.Extension;
        }

        return clean.Length <= 120 ? clean : string.Concat(clean.AsSpan(0, 120 - kind.Extension.Length), kind.Extension);
    }
}
