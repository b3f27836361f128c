using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loket.Web.Infrastructure.Database;

public static class DatabaseServices
{
    /// <summary>
    /// Registers <see cref="LoketDbContext"/> on the configured provider. The options are built once
    /// (singleton), not per request: they depend on configuration only.
    /// </summary>
    public static IServiceCollection AddLoketDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.ConnectionString ?? configuration.GetConnectionString("Loket") ?? DatabaseOptions.EmbeddedDefault;
        if (options.IsPostgres)
        {
            services.AddDbContext<LoketDbContext, PostgresLoketDbContext>(o => o.UseNpgsql(WithPreparedStatements(connectionString),
                // A save of up to LoketDbContext.OneBatch rows must reach PostgreSQL as one batch, even of two statements.
                npgsql => npgsql.MinBatchSize(1).MaxBatchSize(1000)), optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            EnsureSqliteFolder(connectionString);
            services.AddDbContext<LoketDbContext, SqliteLoketDbContext>(o => o.UseSqlite(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        }

        return services;
    }

    /// <summary>
    /// Two Npgsql settings for the queries every request repeats (bench/results.md measures them); an
    /// operator's own value in the connection string wins. Statement preparation: PostgreSQL plans the
    /// membership check, the employee's facts and the inserts once per connection instead of once per
    /// request. No reset on close: EF returns the connection to the pool after every query, and Npgsql
    /// would then reset the session with a seven-statement query before the next one; the product sets
    /// no session state (no SET, no LISTEN; the job runner releases its advisory lock itself).
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            if (!given.Contains("AutoPrepareMinUsages"))
            {
                builder.AutoPrepareMinUsages = 2;
            }
        }

        if (!given.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // "creates ./data/loket.db on first start": SQLite creates the file, not its folder.
    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Applies pending migrations of the configured provider; used on start and by `loket migrate`.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await SqliteStatistics.RefreshAsync(db, cancellationToken);
    }
}
