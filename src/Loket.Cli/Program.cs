using System.CommandLine;

namespace Loket.Cli;

// `loket`: the command line of Integriteitsloket. Each capability adds its commands to Commands.All();
// the commands call the same services as the web app. A named class (not top-level statements)
// so it does not clash with the web app's Program in test projects that reference both.
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Integriteitsloket: de integriteitsvoorziening van gemeenten");
        foreach (var command in Commands.All())
        {
            root.Subcommands.Add(command);
        }

        return await root.Parse(args).InvokeAsync();
    }
}
