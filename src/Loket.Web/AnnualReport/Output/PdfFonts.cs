using PdfSharp.Fonts;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// PDFsharp's font lookup: every family asked for is the embedded DejaVu Sans, so a PDF never
/// depends on the server's fonts. PDFsharp keeps one resolver per process; setting another instance
/// of this type later is ignored by PDFsharp, so <see cref="Use"/> may be called on every render.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    private static readonly PdfFonts Instance = new();

    private static readonly Lock Gate = new();

    public static void Use()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PdfFonts)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? ReportFonts.BoldFace : ReportFonts.RegularFace);

    public byte[]? GetFont(string faceName) => ReportFonts.Face(faceName);
}
