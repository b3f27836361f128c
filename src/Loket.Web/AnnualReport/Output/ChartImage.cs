namespace Loket.Web.AnnualReport.Output;

/// <summary>A chart drawn from one table: the PNG, its size in pixels, and its Dutch text alternative.</summary>
public sealed record ChartImage(string TableKey, string Title, byte[] Png, int Width, int Height, string AltText)
{
    public const string ContentType = "image/png";
}
