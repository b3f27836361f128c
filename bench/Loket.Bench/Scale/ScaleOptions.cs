using System.Globalization;

namespace Loket.Bench.Scale;

/// <summary>Arguments of `generate`, `plans` and `load`: <c>--provider sqlite|postgres --connection "..." [--tenants 50 ...]</c>.</summary>
internal sealed record ScaleOptions
{
    public required string Provider { get; init; }

    public required string Connection { get; init; }

    public int Tenants { get; init; } = 50;

    public int EmployeesPerTenant { get; init; } = 4_000;

    public int Declarations { get; init; } = 2_000_000;

    public int Seed { get; init; } = 20261125;

    /// <summary>Concurrent HTTP workers of the load run (the machine has 2 cores; client and server share them).</summary>
    public int Workers { get; init; } = 8;

    /// <summary>Seconds per measured phase of the load run.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>
    /// The plan probe's budget for one statement run alone, warm (PlanProbe). PostgreSQL 25 ms with the generic plan
    /// forced: the plans it is there to catch took 100-500 ms, the right ones 1-15 ms. SQLite 100 ms, the whole
    /// page's p95 target: it has no generic plans, and its text search is known to take 40-80 ms alone.
    /// </summary>
    public int PlanBudgetMs { get; init; } = 25;

    /// <summary>Where the plan probe writes the plans; default bench/plans/&lt;provider&gt;.md under the working directory.</summary>
    public string? PlansFile { get; init; }

    public bool IsPostgres => Provider == "postgres";

    public static ScaleOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
        var provider = values.GetValueOrDefault("provider", "sqlite");
        if (provider is not ("sqlite" or "postgres"))
        {
            throw new ArgumentException("--provider must be sqlite or postgres");
        }

        return new ScaleOptions
        {
            Provider = provider,
            Connection = values.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required"),
            Tenants = Number("tenants", 50),
            EmployeesPerTenant = Number("employees", 4_000),
            Declarations = Number("declarations", 2_000_000),
            Seed = Number("seed", 20261125),
            Workers = Number("workers", 8),
            Seconds = Number("seconds", 20),
            PlanBudgetMs = Number("plan-budget-ms", provider == "postgres" ? 25 : 100),
            PlansFile = values.GetValueOrDefault("plans"),
        };
    }
}
