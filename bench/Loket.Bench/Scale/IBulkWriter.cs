namespace Loket.Bench.Scale;

/// <summary>
/// Writes generated rows straight into a table, past EF and the audit chain: bench data, not a product
/// path. Values are CLR values (Guid, string, int, bool, DateOnly, DateTimeOffset, null); each writer
/// stores them the way the product's EF mapping does on its provider.
/// </summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows);

    /// <summary>Back to the product's own settings once everything is in (and on PostgreSQL the statistics autovacuum would gather).</summary>
    Task FinishAsync();
}
