namespace Loket.Policy.Tests;

/// <summary>Finds folders of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Policies => Path.Combine(Root, "policies");

    public static string TestFile(params string[] parts) =>
        Path.Combine([Root, "tests", "Loket.Policy.Tests", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Loket.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Loket.slnx not found above " + AppContext.BaseDirectory);
    }
}
