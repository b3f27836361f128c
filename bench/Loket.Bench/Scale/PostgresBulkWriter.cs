using Npgsql;
using NpgsqlTypes;

namespace Loket.Bench.Scale;

/// <summary>Binary COPY per table: the fastest way into PostgreSQL, straight into the migrated tables with their indexes.</summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString)
    {
        // A COPY of 2 million rows, and the VACUUM after it, take longer than the default 30 s timeout.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Timeout = 60 }.ConnectionString);
        await connection.OpenAsync();
        // No foreign-key triggers during the load (superuser only): the generator writes consistent rows,
        // and a check per row would triple the time. SQLite's writer does the same with foreign_keys=OFF.
        await using var replica = new NpgsqlCommand("SET session_replication_role = replica", connection);
        await replica.ExecuteNonQueryAsync();
        return new PostgresBulkWriter(connection);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var value in row)
            {
                Write(importer, value);
            }
        }

        await importer.CompleteAsync();
    }

    // What autovacuum does shortly after a bulk load (since PostgreSQL 13 inserts trigger it too): statistics,
    // so the first plans do not guess, and the visibility map, so index-only scans need not visit the table.
    public async Task FinishAsync()
    {
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    // Synchronous writes into the importer's buffer: per-value awaits would cost more than the copy.
    private static void Write(NpgsqlBinaryImporter importer, object? value)
    {
        switch (value)
        {
            case null: importer.WriteNull(); break;
            case Guid g: importer.Write(g, NpgsqlDbType.Uuid); break;
            case string s: importer.Write(s, NpgsqlDbType.Varchar); break;
            case int i: importer.Write(i, NpgsqlDbType.Integer); break;
            case long l: importer.Write(l, NpgsqlDbType.Bigint); break;
            case bool b: importer.Write(b, NpgsqlDbType.Boolean); break;
            case DateOnly d: importer.Write(d, NpgsqlDbType.Date); break;
            case DateTimeOffset t: importer.Write(t.ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
            case byte[] bytes: importer.Write(bytes, NpgsqlDbType.Bytea); break;
            default: throw new ArgumentException($"No COPY mapping for {value.GetType().Name}.");
        }
    }
}
