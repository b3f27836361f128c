using System.CommandLine;
using Loket.Web.Infrastructure.Crypto;

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

        // A missing or unreadable key file is the operator's to fix: its Dutch message, no stack trace.
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (KeyFileException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"Onverwachte fout: {e}");
            return 1;
        }
    }
}
