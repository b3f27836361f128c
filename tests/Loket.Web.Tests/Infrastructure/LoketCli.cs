using System.Diagnostics;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>The `loket` command line as an operator runs it: a process of its own, configured through the environment.</summary>
public static class LoketCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(TestDatabase? database, string keyFile, params string[] args) => RunAnchoredAsync(database, keyFile, null, args);

    /// <summary>In <paramref name="workingDirectory"/>, where an operator keeps the files a command names.</summary>
    public static Task<Result> RunInAsync(string workingDirectory, TestDatabase database, string keyFile, params string[] args) =>
        RunAnchoredAsync(database, keyFile, null, args, workingDirectory);

    /// <summary>With <paramref name="anchorFile"/>, the audit commands anchor there (never in a shared default place).</summary>
    public static Task<Result> RunAnchoredAsync(TestDatabase? database, string keyFile, string? anchorFile, params string[] args) =>
        RunAnchoredAsync(database, keyFile, anchorFile, args, Path.GetTempPath());

    private static async Task<Result> RunAnchoredAsync(TestDatabase? database, string keyFile, string? anchorFile, string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "loket.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (database is not null)
        {
            start.Environment["Database__Provider"] = database.Provider;
            start.Environment["Database__ConnectionString"] = database.ConnectionString;
        }

        start.Environment["Crypto__KeyFile"] = keyFile;
        start.Environment["Audit__AnchorFile"] = anchorFile ?? Path.Combine(Path.GetTempPath(), "loket-tests", $"anchors-{Guid.NewGuid():N}.log");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }
}
