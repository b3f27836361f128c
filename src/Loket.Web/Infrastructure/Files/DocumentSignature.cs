using System.IO.Compression;
using System.Text;

namespace Loket.Web.Infrastructure.Files;

/// <summary>
/// Office Open XML and OpenDocument files (zip packages) recognised by the parts they must contain, and
/// plain text recognised by being valid UTF-8 without control characters. A package with macros is
/// none of these kinds. Only the package's directory and two small parts are read, never the whole
/// content unpacked, so a zip bomb costs nothing.
/// </summary>
public static class DocumentSignature
{
    public static readonly FileSignature.Kind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly FileSignature.Kind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly FileSignature.Kind Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
    public static readonly FileSignature.Kind Odt = new("application/vnd.oasis.opendocument.text", ".odt");
    public static readonly FileSignature.Kind Ods = new("application/vnd.oasis.opendocument.spreadsheet", ".ods");
    public static readonly FileSignature.Kind Odp = new("application/vnd.oasis.opendocument.presentation", ".odp");
    // Only ".txt": a saved e-mail (.eml) would open in a mail program with attachments this check never saw,
    // and a .csv in a spreadsheet that runs formulas. As .txt both open as the text they are.
    public static readonly FileSignature.Kind Text = new("text/plain", ".txt");

    private const int SmallPart = 64 * 1024;

    public static FileSignature.Kind? Detect(byte[] content) =>
        content.AsSpan().StartsWith("PK\u0003\u0004"u8) ? Package(content) : PlainText(content);

    private static FileSignature.Kind? Package(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // Macros: vbaProject.bin in Office, Basic/ or Scripts/ in OpenDocument.
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                || n.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                return Small(mimetype)?.Trim() switch
                {
                    "application/vnd.oasis.opendocument.text" => Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => Ods,
                    "application/vnd.oasis.opendocument.presentation" => Odp,
                    _ => null,
                };
            }

            if (zip.GetEntry("[Content_Types].xml") is not { } types || Small(types) is not { } declared
                || declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : names.Contains("ppt/presentation.xml") ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? Small(ZipArchiveEntry entry)
    {
        if (entry.Length > SmallPart)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var buffer = new char[SmallPart];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    // Strict UTF-8 (a BOM may lead), and no control character but tab, line feed, form feed and carriage return.
    private static FileSignature.Kind? PlainText(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) ? null : Text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
