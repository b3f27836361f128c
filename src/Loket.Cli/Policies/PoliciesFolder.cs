namespace Loket.Cli.Policies;

/// <summary>
/// Finds the repository's <c>policies/</c> folder: the <c>--policies</c> option, else the
/// LOKET_POLICIES environment variable, else the nearest <c>policies</c> folder above the working
/// directory or the executable (so <c>dotnet run</c> from the repository just works).
/// </summary>
public static class PoliciesFolder
{
    public const string EnvironmentVariable = "LOKET_POLICIES";

    public static string? Find(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return explicitPath;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        return Above(Directory.GetCurrentDirectory()) ?? Above(AppContext.BaseDirectory);
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "policies");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
