namespace Loket.Web.Tests.AnnualReport;

/// <summary>
/// Keeps what the renderers made under bin/.../annual-report/, as the browser tests keep their
/// screenshots, so a person can look at the charts and the PDF pages a test checked.
/// </summary>
internal static class SavedOutputs
{
    public static void Save(string name, byte[] content)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "annual-report");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), content);
    }
}
