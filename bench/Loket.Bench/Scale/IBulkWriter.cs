namespace Loket.Bench.Scale;

/// <summary>
/// Writes generated rows straight into a table, past EF and the audit chain: bench data, not a product
/// path. Values are CLR values (Guid, string, int, bool, DateOnly, DateTimeOffset, null); each writer
/// stores them the way the product's EF mapping does on its provider.
/// </summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows);

    /// <summary>Statistics for the planner once everything is in, as autovacuum or PRAGMA optimize would gather.</summary>
    Task FinishAsync();
}
