namespace Loket.Web.Demo;

/// <summary>Demo mode: demo data for the five municipalities and a demo account per role.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Password of every demo account; documented in the README, demo mode only.</summary>
    public const string Password = "Demo-Loket-2026!";
}
