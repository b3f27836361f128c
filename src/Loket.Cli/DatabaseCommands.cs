using System.CommandLine;
using Loket.Web.Demo;
using Loket.Web.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>`loket migrate` and `loket seed-demo`.</summary>
internal static class DatabaseCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Maakt de database aan of werkt die bij tot de nieuwste versie");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await DatabaseServices.MigrateAsync(services, cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine("Database bijgewerkt.");
            return 0;
        });
        return command;
    }

    public static Command SeedDemo()
    {
        var command = new Command("seed-demo", "Laadt de demogegevens van de vijf gemeenten en de demo-accounts");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await DatabaseServices.MigrateAsync(services, cancellationToken);
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().ApplyAsync(demoEnabled: true, cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine($"Demogegevens geladen. Wachtwoord van elk demo-account: {DemoOptions.Password}");
            return 0;
        });
        return command;
    }
}
