using Loket.Policy;

namespace Loket.Cli.Policies;

/// <summary>Loads the catalog for a command, turning load failures into Dutch messages.</summary>
internal static class PolicyCatalogLoader
{
    public static PolicyCatalog? Load(string? explicitPath, TextWriter error)
    {
        var root = PoliciesFolder.Find(explicitPath);
        if (root is null)
        {
            error.WriteLine($"Geen map policies/ gevonden; geef hem op met --policies of {PoliciesFolder.EnvironmentVariable}.");
            return null;
        }

        try
        {
            return PolicyCatalog.LoadDirectory(root);
        }
        catch (PolicyLoadException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }
}
