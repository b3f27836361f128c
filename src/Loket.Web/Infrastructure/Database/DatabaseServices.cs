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
    /// Lets Npgsql prepare the statements the product repeats on every request (the membership check,
    /// the employee's facts, the inserts), so PostgreSQL plans each once per connection instead of once
    /// per request: measured in bench/results.md. An operator's own setting in the connection string wins.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
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
    }
}
