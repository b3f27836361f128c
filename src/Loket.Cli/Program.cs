using System.CommandLine;
using Loket.Cli;

// `loket`: the command line of Integriteitsloket. Each capability adds its commands here;
// the commands call the same services as the web app.
var root = new RootCommand("Integriteitsloket: de integriteitsvoorziening van gemeenten");
foreach (var command in Commands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
