namespace Loket.Web.Demo;

/// <summary>Demo mode: demo data for the five municipalities and a demo account per role.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>
    /// Whether a newly made demo municipality gets its year of activity (DemoActivity). On for
    /// <c>./scripts/run</c>; the test hosts switch it off so a test starts from an organisation without work.
    /// </summary>
    public bool Activity { get; set; } = true;

    /// <summary>Password of every demo account; documented in the README, demo mode only.</summary>
    public const string Password = "Demo-Loket-2026!";
}
