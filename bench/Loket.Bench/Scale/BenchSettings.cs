namespace Loket.Bench.Scale;

/// <summary>The product's configuration for the scale run: the chosen database, no demo, no background jobs.</summary>
internal static class BenchSettings
{
    public const string Password = "Schaal-Loket-2026!";

    /// <summary>The TOTP secret of every generated account with a privileged role (a bench value, never a product one).</summary>
    public const string TotpSecret = "SCHAALLOKETBENCHTOTPKEYAAAAAAAAA";

    public static Dictionary<string, string?> For(ScaleOptions options) => new()
    {
        ["Database:Provider"] = options.Provider,
        ["Database:ConnectionString"] = options.Connection,
        ["Demo:Enabled"] = "false",
        ["Crypto:KeyFile"] = Path.Combine(Path.GetTempPath(), "loket-scale", "kek.json"),
        // A generated throwaway database: its key file may be made on the first run, like a demo's.
        ["Crypto:CreateMissingKeyFile"] = "true",
        // The reminder job would scan the generated backlog and mail about it: not what is measured.
        ["Jobs:IntervalSeconds"] = "0",
        // Every worker logs in from 127.0.0.1.
        ["Security:LoginAttemptsPerMinute"] = "100000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:Console:FormatterName"] = "simple",
    };
}
