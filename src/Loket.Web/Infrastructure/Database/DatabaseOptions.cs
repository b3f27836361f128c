using System.ComponentModel.DataAnnotations;

namespace Loket.Web.Infrastructure.Database;

/// <summary>Which database: "sqlite" (the embedded default) or "postgres"; bound from "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string EmbeddedDefault = "Data Source=./data/loket.db";

    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Database:Provider moet 'sqlite' of 'postgres' zijn.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Falls back to ConnectionStrings:Loket, then to the embedded SQLite file.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider == "postgres";
}
