namespace Loket.Bench.Scale;

/// <summary>Rows for one table, in the column order given; written in the order tables are listed (foreign keys).</summary>
internal sealed record GeneratedTable(string Name, string[] Columns)
{
    public List<object?[]> Rows { get; } = [];

    public void Add(params object?[] row) => Rows.Add(row);
}
