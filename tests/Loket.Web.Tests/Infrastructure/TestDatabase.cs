using Npgsql;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>A database of its own for one test app: a temporary SQLite file, or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("LOKET_TEST_POSTGRES");

    private TestDatabase(DatabaseKind kind, string connectionString, string name)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Name = name;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    private string Name { get; }

    public string Provider => Kind == DatabaseKind.Postgres ? "postgres" : "sqlite";

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var name = $"loket_test_{Guid.NewGuid():N}";
        if (kind == DatabaseKind.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"{name}.db");
            return new TestDatabase(kind, $"Data Source={path}", path);
        }

        var server = PostgresServer ?? throw new InvalidOperationException("LOKET_TEST_POSTGRES is not set.");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Name + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
