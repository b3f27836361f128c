using System.CommandLine;

namespace Loket.Cli;

// One list of top-level commands, so a capability adds one line here and nowhere else.
internal static class Commands
{
    public static IEnumerable<Command> All() =>
    [
        VersionCommand.Create(),
        DatabaseCommands.Migrate(),
        DatabaseCommands.SeedDemo(),
        DeskCommands.Create(),
        TenantCommands.Create(),
        AdminCommand.Create(),
        ImportCommand.Create(),
        AuditCommand.Create(),
        KeysCommand.Create(),
        Policies.CheckCommand.Create(),
        Policies.PolicyCommand.Create(),
    ];
}
