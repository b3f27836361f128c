namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// Row labels and column headers for the spreadsheet outputs, where a cell holds a bare number: a row
/// (or else a column) whose cells share a unit gets it in parentheses, "Doorlooptijd mediaan (dagen)",
/// unless its label already names it.
/// </summary>
public static class TableLabels
{
    public static IReadOnlyList<string> Header(ReportTable table)
    {
        var rowsHaveUnits = table.Rows.All(r => SharedUnit(r.Cells.Select(c => c.Kind)) is not null || r.Cells.All(c => c.Kind == CellKind.Count));
        var columns = table.Columns.Select((column, i) => rowsHaveUnits
            ? column
            : WithUnit(column, SharedUnit(table.Rows.Where(r => i < r.Cells.Count).Select(r => r.Cells[i].Kind))));
        return [table.RowHeader, .. columns];
    }

    public static string Row(ReportRow row) => WithUnit(row.Label, SharedUnit(row.Cells.Select(c => c.Kind)));

    private static string? SharedUnit(IEnumerable<CellKind> kinds)
    {
        var distinct = kinds.Distinct().ToList();
        return distinct.Count == 1 ? CellText.Unit(distinct[0]) : null;
    }

    private static string WithUnit(string label, string? unit) =>
        unit is null || label.Contains(unit, StringComparison.OrdinalIgnoreCase) || (unit == "%" && label.Contains("percentage", StringComparison.OrdinalIgnoreCase))
            ? label
            : $"{label} ({unit})";
}
