using System.Text;
using System.Text.RegularExpressions;

namespace Loket.Web.Tests.Tenants;

/// <summary>
/// The section "Van lege server tot eerste opgave" of docs/operations.md, read as the test's script:
/// its `loket` command lines (split as a shell splits them) and its people file.
/// </summary>
internal static partial class OperationsWalkthrough
{
    public const string Heading = "## Van lege server tot eerste opgave";

    public static (IReadOnlyList<string[]> Commands, string PeopleFile) Read()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "operations.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/operations.md has no section '{Heading}'.");
        var end = text.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        var commands = Blocks(section, "sh").SelectMany(b => b.Split('\n')).Where(l => l.StartsWith("loket ", StringComparison.Ordinal)).Select(Split).ToList();
        return (commands, Blocks(section, "csv").Single());
    }

    /// <summary>Words as a POSIX shell splits them: double quotes group, and are not part of the word.</summary>
    public static string[] Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return [.. words.Skip(1)];
    }

    private static IEnumerable<string> Blocks(string section, string language) =>
        Fence().Matches(section).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Loket.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Loket.slnx not found");
    }

    [GeneratedRegex("```(\\w+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
