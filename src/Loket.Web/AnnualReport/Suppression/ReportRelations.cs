namespace Loket.Web.AnnualReport.Suppression;

/// <summary>A count cell of one of the published documents (in a desk's set, the last one is the desk as a whole).</summary>
public readonly record struct CellKey(int Document, string Table, string Row, int Column)
{
    // The suppression looks cells up thousands of times per report; hashing two label strings each time was most of its
    // cost, so the hash is taken once. The properties have no init, so no `with` can leave it stale.
    private readonly int hash = HashCode.Combine(Document, Table, Row, Column);

    public int Document { get; } = Document;

    public string Table { get; } = Table;

    public string Row { get; } = Row;

    public int Column { get; } = Column;

    public bool Equals(CellKey other) =>
        hash == other.hash && Document == other.Document && Column == other.Column && string.Equals(Table, other.Table, StringComparison.Ordinal)
        && string.Equals(Row, other.Row, StringComparison.Ordinal);

    public override int GetHashCode() => hash;
}

/// <summary>Σ parts = whole: what a reader knows holds between published cells.</summary>
public sealed record Relation(IReadOnlyList<CellKey> Parts, CellKey Whole)
{
    /// <summary>The parts, then the whole: made once, since the suppression walks every relation at each cell it hides.</summary>
    public CellKey[] Members { get; } = [.. Parts, Whole];

    /// <summary>Two hidden cells a relation says hold the same count (a total repeated elsewhere): one unknown for a reader.</summary>
    public bool IsCopy(IReadOnlyDictionary<CellKey, Unknown> hidden) => Parts.Count == 1 && hidden.ContainsKey(Parts[0]) && hidden.ContainsKey(Whole);
}

/// <summary>The rows of one table as a reader sees them: label, whether it is the total, whether it holds counts.</summary>
public sealed record TableLayout(string Key, IReadOnlyList<(string Label, bool IsTotal, bool IsCount)> Rows);

/// <summary>
/// Every equation a reader knows between the report's counts, stated in the appendix and used both to choose
/// the complementary cells and, in the tests, to attack them. Each holds within one year's column: no figure
/// adds years together, so a year's cells are suppressed the same way in every report that shows that year.
/// 1. A table with a "Totaal" row: its count rows add up to it. 2. Rows that count the same thing (every
/// table of the year's reports has the same total; the key figures repeat totals) are equal. 3. The reports
/// whose receipt was acknowledged are those acknowledged in time plus those acknowledged late. 4. For a
/// shared desk, each cell of the desk as a whole is the sum of that cell over its municipalities.
/// </summary>
public static class ReportRelations
{
    private static readonly (string Quantity, RowRef Row)[] Same =
    [
        .. Totals("meldingen", Rows.Tables.ByCategory, Rows.Tables.ByOutcome, Rows.Tables.ByChannel, Rows.Tables.ByUnit, Rows.Tables.ByMonth,
            Rows.Tables.Handling, Rows.Tables.Acknowledgement),
        ("meldingen", new RowRef(Rows.Tables.KeyFigures, Rows.Reports)),
        .. Totals("onderzoeken", Rows.Tables.Investigator),
        ("onderzoeken", new RowRef(Rows.Tables.KeyFigures, Rows.Investigations)),
        ("onderzoeken", new RowRef(Rows.Tables.Handling, Rows.Investigated)),
        .. Totals("maatregelen", Rows.Tables.Measures),
        ("maatregelen", new RowRef(Rows.Tables.KeyFigures, Rows.MeasuresTaken)),
        .. Totals("contacten", Rows.Tables.ContactThemes, Rows.Tables.ContactRoutes, Rows.Tables.ContactOutcomes),
        ("contacten", new RowRef(Rows.Tables.KeyFigures, Rows.Contacts)),
        .. Totals("nevenwerkzaamheden", Rows.Tables.SideActivities),
        ("nevenwerkzaamheden", new RowRef(Rows.Tables.KeyFigures, Rows.SideActivitiesDeclared)),
        ("nevenwerkzaamheden-einde", new RowRef(Rows.Tables.KeyFigures, Rows.SideActivitiesEnded)),
        ("nevenwerkzaamheden-einde", new RowRef(Rows.Tables.SideActivitiesEnded, Rows.Ended)),
        .. Totals("geschenken", Rows.Tables.GiftDecisions, Rows.Tables.GiftDestinations),
        ("geschenken", new RowRef(Rows.Tables.KeyFigures, Rows.GiftsDeclared)),
        // A decided gift always has a destination (EmployeeDeclaration.Decide), an undecided one none.
        ("geschenken-open", new RowRef(Rows.Tables.GiftDecisions, Rows.Undecided)),
        ("geschenken-open", new RowRef(Rows.Tables.GiftDestinations, Rows.Undecided)),
        ("eed", new RowRef(Rows.Tables.KeyFigures, Rows.OathsTaken)),
        ("eed", new RowRef(Rows.Tables.Onboarding, Rows.OathsTaken)),
    ];

    public static IReadOnlyList<Relation> Of(IReadOnlyList<IReadOnlyList<TableLayout>> documents, int columns)
    {
        var relations = new List<Relation>();
        for (var d = 0; d < documents.Count; d++)
        {
            var cells = documents[d].SelectMany(t => t.Rows.Where(r => r.IsCount).Select(r => new RowRef(t.Key, r.Label))).ToHashSet();
            for (var c = 0; c < columns; c++)
            {
                var (doc, column) = (d, c);
                CellKey At(RowRef row) => new(doc, row.Table, row.Row, column);
                foreach (var table in documents[d].Where(t => t.Rows.Any(r => r.IsTotal && r.IsCount)))
                {
                    var total = table.Rows.First(r => r.IsTotal);
                    relations.Add(new([.. table.Rows.Where(r => r.IsCount && !r.IsTotal).Select(r => At(new(table.Key, r.Label)))], At(new(table.Key, total.Label))));
                }

                foreach (var group in Same.Where(s => cells.Contains(s.Row)).GroupBy(s => s.Quantity))
                {
                    var rows = group.Select(g => g.Row).ToList();
                    relations.AddRange(rows.Skip(1).Select(r => new Relation([At(rows[0])], At(r))));
                }

                var acknowledged = new[] { new RowRef(Rows.Tables.Acknowledgement, Rows.AcknowledgedInTime), new RowRef(Rows.Tables.Acknowledgement, Rows.AcknowledgedLate) };
                var feedback = new RowRef(Rows.Tables.Feedback, Rows.Total);
                if (cells.Contains(feedback) && acknowledged.All(cells.Contains))
                {
                    relations.Add(new([.. acknowledged.Select(At)], At(feedback)));
                }
            }
        }

        if (documents.Count > 1)
        {
            relations.AddRange(DeskSums(documents, columns));
        }

        return relations;
    }

    /// <summary>The desk as a whole (the last document) against its municipalities, for the tables all of them have.</summary>
    private static IEnumerable<Relation> DeskSums(IReadOnlyList<IReadOnlyList<TableLayout>> documents, int columns)
    {
        var whole = documents.Count - 1;
        foreach (var table in documents[whole])
        {
            foreach (var (label, _, isCount) in table.Rows.Where(r => r.IsCount))
            {
                for (var c = 0; c < columns; c++)
                {
                    yield return new([.. Enumerable.Range(0, whole).Select(d => new CellKey(d, table.Key, label, c))], new CellKey(whole, table.Key, label, c));
                }
            }
        }
    }

    private static IEnumerable<(string, RowRef)> Totals(string quantity, params string[] tables) => tables.Select(t => (quantity, new RowRef(t, Rows.Total)));
}
