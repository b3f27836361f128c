using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Loket.Policy;

/// <summary>The outcome of reading one policy file: the policy, or every error found in it.</summary>
public sealed record PolicyFileResult(PolicyVersion? Policy, IReadOnlyList<PolicyError> Errors)
{
    public bool IsValid => Policy is not null && Errors.Count == 0;
}

/// <summary>
/// Reads and validates one policy file (<c>policies/&lt;slug&gt;/&lt;version&gt;.yaml</c>). A hand-written
/// validator over the YAML representation model reports unknown keys, missing keys, wrong types and
/// rules citing articles the file does not define, each with its line; only a clean file compiles.
/// </summary>
public static class PolicyFile
{
    private static readonly string[] TopRequired =
        ["tenant", "name", "version", "effective-from", "title", "date", "source", "general-duty", "articles", "rules"];

    private static readonly string[] TopOptional = ["parameters", "department-rules-article"];

    /// <summary>Reads a file; the tenant must match its folder and the version its file name.</summary>
    public static PolicyFileResult Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var expectedTenant = Path.GetFileName(Path.GetDirectoryName(fullPath));
        var expectedVersion = Path.GetFileNameWithoutExtension(fullPath);
        return Parse(File.ReadAllText(fullPath), path, expectedTenant, expectedVersion);
    }

    /// <summary>Validates and compiles policy text; <paramref name="file"/> names it in error messages.</summary>
    public static PolicyFileResult Parse(string yaml, string file, string? expectedTenant = null, string? expectedVersion = null)
    {
        var check = new YamlChecker(file);
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 1 ? check.Mapping(stream.Documents[0].RootNode, "het bestand") : null;
            if (stream.Documents.Count != 1)
            {
                check.Error(1, "het bestand moet precies één YAML-document bevatten");
            }
        }
        catch (YamlException e)
        {
            // YamlDotNet speaks English; translate the one error an officer makes most often.
            var message = e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal)
                ? $"sleutel '{e.Message["Duplicate key ".Length..]}' staat twee keer in dezelfde mapping"
                : $"geen geldige YAML: {e.Message}";
            check.Error((int)e.Start.Line, message);
            return new PolicyFileResult(null, check.Errors);
        }

        if (root is null)
        {
            return new PolicyFileResult(null, check.Errors);
        }

        check.CheckKeys(root, "het bestand", TopRequired, TopOptional);
        var reader = new PolicyReader(check, file);
        var policy = reader.Read(root, expectedTenant, expectedVersion);
        return check.Errors.Count == 0 && policy is not null
            ? new PolicyFileResult(policy, [])
            : new PolicyFileResult(null, check.Errors);
    }
}
