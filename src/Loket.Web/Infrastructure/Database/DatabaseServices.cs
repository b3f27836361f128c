using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

public static class DatabaseServices
{
    /// <summary>Registers <see cref="LoketDbContext"/> on the configured provider.</summary>
    public static IServiceCollection AddLoketDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.ConnectionString ?? configuration.GetConnectionString("Loket") ?? DatabaseOptions.EmbeddedDefault;
        if (options.IsPostgres)
        {
            services.AddDbContext<LoketDbContext, PostgresLoketDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            EnsureSqliteFolder(connectionString);
            services.AddDbContext<LoketDbContext, SqliteLoketDbContext>(o => o.UseSqlite(connectionString));
        }

        return services;
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
