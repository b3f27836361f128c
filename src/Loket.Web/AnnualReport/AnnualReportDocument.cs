namespace Loket.Web.AnnualReport;

// The annual integrity report as it is published: the one shape every output renders (the page, the
// tagged PDF, CSV, XLSX and the charts), so an output can never show a figure the suppression did not
// see. Builders fill it from the data; renderers only read it. Suppression has already been applied:
// a renderer shows a suppressed cell as "< k" and never has the underlying value.
public sealed record AnnualReportDocument(
    string Municipality,
    int Year,
    IReadOnlyList<int> Years,
    int SuppressionThreshold,
    string Status,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportText> Texts);

// A chapter of the report: a heading, a short introduction and its tables.
public sealed record ReportSection(string Key, string Title, string? Introduction, IReadOnlyList<ReportTable> Tables);

// One table. Columns are the headers after the row label column (usually the years, oldest first).
// Chart says whether a server-side chart is drawn from it (always shown with this table as its data).
public sealed record ReportTable(
    string Key,
    string Title,
    string RowHeader,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ReportRow> Rows,
    string? Note = null,
    ReportChart Chart = ReportChart.None);

public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells, bool IsTotal = false);

// Value is null when the cell is suppressed or has no meaning (e.g. a median of nothing: NotApplicable).
// Complementary: suppressed not because it is small but so that a small cell cannot be worked back from a total;
// its value is k or more, so it is shown as "×", never as "< k" (which would be untrue).
public sealed record ReportCell(decimal? Value, CellKind Kind = CellKind.Count, bool Suppressed = false, bool Complementary = false)
{
    public static ReportCell Withheld(CellKind kind = CellKind.Count) => new(null, kind, Suppressed: true, Complementary: true);

    public static ReportCell Count(int value) => new(value);
    public static ReportCell Hidden(CellKind kind = CellKind.Count) => new(null, kind, Suppressed: true);
    public static ReportCell NotApplicable(CellKind kind) => new(null, kind);
}

public enum CellKind
{
    Count,
    Percentage,
    Days,
    Euro,
    PerHundred,
}

public enum ReportChart
{
    None,
    Bars,
    Lines,
}

// The officer's own text (developments, evaluation, goals for next year), by heading.
public sealed record ReportText(string Key, string Heading, string Body);
