using System.CommandLine;
using Loket.Cli.Policies;
using Microsoft.Extensions.Time.Testing;

namespace Loket.Cli.Tests;

/// <summary>Runs the policy commands in-process with redirected standard input, output and error.</summary>
internal static class Loket
{
    public static readonly string Policies = FindPolicies();

    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args) =>
        RunAt(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), stdin, args);

    public static (int ExitCode, string Output, string Error) RunAt(DateTimeOffset now, string stdin, params string[] args)
    {
        var time = new FakeTimeProvider(now);
        var root = new RootCommand("test") { CheckCommand.Create(() => new StringReader(stdin), time), PolicyCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) Check(string tenant, string json, bool asJson = true) =>
        asJson ? Run(json, "check", "--tenant", tenant, "--json", "--policies", Policies)
            : Run(json, "check", "--tenant", tenant, "--policies", Policies);

    private static string FindPolicies()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Loket.slnx")))
            {
                return Path.Combine(dir.FullName, "policies");
            }
        }

        throw new InvalidOperationException("Loket.slnx not found");
    }
}
