namespace Loket.Web.AnnualReport;

/// <summary>Counts per key and year, filled from grouped query results, read as one row per key. A key may be null ("not recorded").</summary>
internal sealed class Tally<TKey>
{
    // Wrapped, because a dictionary takes no null key and "not yet classified" is one.
    private readonly Dictionary<ValueTuple<TKey>, long[]> counts = [];

    public void Add(TKey key, int year, long count = 1)
    {
        if (year is < 0 or >= ReportYears.Count)
        {
            return;
        }

        if (!counts.TryGetValue(new(key), out var row))
        {
            counts[new(key)] = row = new long[ReportYears.Count];
        }

        row[year] += count;
    }

    public long[] Of(TKey key) => counts.TryGetValue(new(key), out var row) ? row : new long[ReportYears.Count];

    public IEnumerable<TKey> Keys => counts.Keys.Select(k => k.Item1);
}

/// <summary>How the builder writes a table: rows of counts, a total row that adds them up, derived rows with their sources.</summary>
internal static class Make
{
    /// <summary>A table whose rows split one population; its "Totaal" row adds them up (a relation the suppression knows).</summary>
    public static CountedTable Partition(string key, string title, string rowHeader, IEnumerable<(string Label, long[] Values)> rows,
        string? note = null, ReportChart chart = ReportChart.None, IEnumerable<CountedRow>? after = null)
    {
        var list = rows.ToList();
        var total = Enumerable.Range(0, ReportYears.Count).Select(y => list.Sum(r => r.Values[y])).ToArray();
        return new(key, title, rowHeader, [.. list.Select(r => Row(r.Label, r.Values)), Row(Rows.Total, total, isTotal: true), .. after ?? []], note, chart);
    }

    /// <summary>A table of separate counts that add up to nothing in particular.</summary>
    public static CountedTable Counts(string key, string title, string rowHeader, IEnumerable<CountedRow> rows, string? note = null) =>
        new(key, title, rowHeader, [.. rows], note);

    public static CountedRow Row(string label, long[] values, bool isTotal = false) => new(label, [.. values.Select(Figure.Count)], isTotal);

    public static CountedRow Derived(string label, CellKind kind, IReadOnlyList<decimal?> values, params RowRef[] from) =>
        new(label, [.. values.Select(v => Figure.Derived(v, kind, from))]);

    /// <summary>A percentage with one decimal; no value when the denominator is zero.</summary>
    public static decimal? Percentage(long part, long whole) => whole == 0 ? null : decimal.Round(100m * part / whole, 1);

    public static long[] Years(Func<int, long> count) => [.. Enumerable.Range(0, ReportYears.Count).Select(count)];

    public static decimal?[] PerYear(Func<int, decimal?> value) => [.. Enumerable.Range(0, ReportYears.Count).Select(value)];
}
