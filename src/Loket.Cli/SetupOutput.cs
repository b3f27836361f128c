using Loket.Web.Tenants;

namespace Loket.Cli;

/// <summary>How the setup commands report refusals: one Dutch line per refused option, exit code 2.</summary>
internal static class SetupOutput
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["Slug"] = "--slug",
        ["Name"] = "--name",
        ["DisplayName"] = "--name",
        ["Color"] = "--color",
        ["DeskSlug"] = "--desk",
        ["PolicySlug"] = "--policy",
        ["Email"] = "--email",
        ["Phone"] = "--phone",
        ["VisitingAddress"] = "--address",
        ["OpeningHours"] = "--hours",
        ["Note"] = "--note",
        ["UserName"] = "--user",
    };

    public static async Task<int> RefuseAsync(TextWriter error, IEnumerable<SetupError> errors)
    {
        await error.WriteLineAsync("Niets opgeslagen:");
        foreach (var e in errors)
        {
            await error.WriteLineAsync($"  {Options.GetValueOrDefault(e.Field, e.Field)}: {e.Message}");
        }

        return 2;
    }
}
