using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Loket.Bench.Scale;

/// <summary>
/// One prepared INSERT per table, re-bound per row, committed every 100,000 rows. The journal is off
/// during the load (a crash means generating again); WAL, the product's mode, is restored at the end.
/// </summary>
internal sealed class SqliteBulkWriter(SqliteConnection connection) : IBulkWriter
{
    private const int RowsPerTransaction = 100_000;

    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA foreign_keys=OFF;");
        return new SqliteBulkWriter(connection);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(row[i]);
            }

            command.ExecuteNonQuery();
            if (++count % RowsPerTransaction == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                command.Transaction = transaction;
            }
        }

        transaction.Commit();
        transaction.Dispose();
    }

    // Back to WAL, the product's mode. No ANALYZE here: the product keeps its own statistics when it starts
    // (Infrastructure/Database/SqliteStatistics), as the load run's app does.
    public async Task FinishAsync() => await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;");

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    // As EF Core's SQLite mapping stores them: Guid as upper-case text, dates as ISO text, and
    // DateTimeOffset as UTC ticks (the product's UtcTicksConverter).
    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcTicks,
        bool b => b ? 1L : 0L,
        _ => value,
    };

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
