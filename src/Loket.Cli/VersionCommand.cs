using System.CommandLine;
using System.Reflection;

namespace Loket.Cli;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("versie", "Toont de versie van Integriteitsloket");
        command.SetAction(parse =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "onbekend";
            parse.InvocationConfiguration.Output.WriteLine($"Integriteitsloket {version}");
            return 0;
        });
        return command;
    }
}
