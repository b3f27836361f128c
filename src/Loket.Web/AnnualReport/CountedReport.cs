namespace Loket.Web.AnnualReport;

// The report as counted, before suppression: the shape of AnnualReportDocument with every value in it.
// Only Suppression.Disclosure turns it into the published document, so no page or file can show it.
internal sealed record CountedReport(string Municipality, int Year, IReadOnlyList<int> Years, IReadOnlyList<CountedSection> Sections)
{
    public IEnumerable<CountedTable> Tables => Sections.SelectMany(s => s.Tables);
}

internal sealed record CountedSection(string Key, string Title, string? Introduction, IReadOnlyList<CountedTable> Tables);

internal sealed record CountedTable(string Key, string Title, string RowHeader, IReadOnlyList<CountedRow> Rows, string? Note = null, ReportChart Chart = ReportChart.None);

internal sealed record CountedRow(string Label, IReadOnlyList<Figure> Cells, bool IsTotal = false);

/// <summary>A row of another table in the same column, named by table key and row label.</summary>
internal readonly record struct RowRef(string Table, string Row);

/// <summary>
/// One value as counted. A count is a whole number; any other kind (a percentage, a median, an amount) is
/// derived from the counts in <see cref="DependsOn"/> and is hidden whenever one of them is, so a share
/// or a median never gives back a count the suppression hid.
/// </summary>
internal sealed record Figure(decimal? Value, CellKind Kind, IReadOnlyList<RowRef> DependsOn)
{
    public static Figure Count(long value) => new(value, CellKind.Count, []);

    public static Figure Derived(decimal? value, CellKind kind, params RowRef[] from) => new(value, kind, from);
}
