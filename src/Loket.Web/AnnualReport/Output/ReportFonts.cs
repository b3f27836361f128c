namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// The one typeface of the report's PDF and charts, DejaVu Sans (Bitstream Vera licence, see
/// Fonts/LICENSE.txt), embedded in the assembly: a fresh server has no fonts at all, and a chart or
/// PDF must look the same wherever it is made.
/// </summary>
public static class ReportFonts
{
    public const string Family = "Loket Sans";

    public const string RegularFace = "DejaVuSans";

    public const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));

    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    public static byte[] Bytes(bool bold) => bold ? Bold.Value : Regular.Value;

    public static byte[]? Face(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"{typeof(ReportFonts).Namespace}.Fonts.{face}.ttf";
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
