namespace Loket.Web.AnnualReport.Suppression;

/// <summary>
/// Turns counted reports into published ones (issue 18.2). Primary: a count from 1 to k−1 is hidden ("&lt; k");
/// zero is shown, because "nobody" identifies nobody, except under a total that is itself hidden, where a
/// zero would narrow the hidden cells beside it. Complementary: while <see cref="Recovery"/> can still work a
/// hidden count back from the relations (<see cref="ReportRelations"/>), one more cell of the relations it
/// sits in is hidden ("×"): a cell that is not itself a total, the smallest first, so the least is lost.
/// A derived figure (a share, a median, a cost) is hidden when a count it comes from is.
/// Every relation holds within one year, so a year's column is hidden the same way in each report that shows it.
/// </summary>
internal static class Disclosure
{
    public static IReadOnlyList<AnnualReportDocument> Publish(IReadOnlyList<CountedReport> reports, int k)
    {
        var layouts = reports.Select(Layout).ToList();
        var relations = ReportRelations.Of(layouts, reports[0].Years.Count);
        var values = new Dictionary<CellKey, long>();
        var order = new List<CellKey>();
        for (var d = 0; d < reports.Count; d++)
        {
            foreach (var table in reports[d].Tables)
            {
                foreach (var row in table.Rows.Where(r => r.Cells.All(c => c.Kind == CellKind.Count)))
                {
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        var key = new CellKey(d, table.Key, row.Label, c);
                        values[key] = (long)(row.Cells[c].Value ?? 0);
                        order.Add(key);
                    }
                }
            }
        }

        var hidden = Hide(values, order, relations, k);
        return [.. reports.Select((report, d) => Document(report, d, hidden, k))];
    }

    /// <summary>The hidden cells: false for "&lt; k", true for "×".</summary>
    private static Dictionary<CellKey, bool> Hide(Dictionary<CellKey, long> values, List<CellKey> order, IReadOnlyList<Relation> relations, int k)
    {
        var hidden = order.Where(c => values[c] is > 0 && values[c] < k).ToDictionary(c => c, _ => false);
        foreach (var part in relations.Where(r => r.Parts.Count > 1 && hidden.ContainsKey(r.Whole)).SelectMany(r => r.Parts).Where(values.ContainsKey).ToList())
        {
            hidden.TryAdd(part, false);
        }

        var rank = order.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var wholes = relations.Select(r => r.Whole).ToHashSet();
        // Every relation a cell is in, once: the search for a complement walks them for each cell it reaches.
        var byCell = relations.SelectMany(r => r.Members.Distinct().Select(c => (c, r))).ToLookup(p => p.c, p => p.r);
        var stuck = new HashSet<CellKey>();
        var solved = new Dictionary<Recovery.SystemKey, List<Recovered>>();
        var shown = values.Where(v => !hidden.ContainsKey(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        while (true)
        {
            // The hidden cells a reader solves together, as they stand at the start of this pass: the bounds and the
            // passes below read the same groups.
            var systems = Recovery.Groups(hidden.Keys, relations);
            var recovered = Recovery.Find(shown, Recovery.Bounds(hidden, relations, k, systems), relations, solved)
                .Where(r => r.Value != 0).Select(r => r.Cell).OrderBy(c => rank[c]).ToList();
            if (recovered.Count == 0)
            {
                return hidden;
            }

            // One complement per system in a pass, each system in the order of its first recovered cell. A system that
            // nothing hidden in this pass touches (no relation holds both) is exactly as it was, so it is mended as a later
            // pass would mend it; one that was touched waits for the next pass. (One cell per pass recounted every system
            // a dozen times per report.)
            var changed = new HashSet<CellKey>();
            foreach (var cell in recovered)
            {
                if (!changed.Add(systems.Root(cell)))
                {
                    continue;
                }

                List<CellKey> newlyHidden;
                if (Complement(cell, byCell, values, hidden, wholes, rank) is { } complement)
                {
                    // The same count shown in another table would give it back: hide every copy.
                    newlyHidden = [.. Copies(complement, byCell)];
                }
                else if (stuck.Add(cell))
                {
                    // Nothing shown and non-zero is left beside it: every relation of its group holds only hidden cells and
                    // zeros, yet the marks pin it ("< 5" four times under a total that must be 16). Mark the whole group "×":
                    // a reader then knows no bound of any of them, and equations whose shown side is all 0 pin no count but 0.
                    // Its system is untouched in this pass, so its group is still the one at the pass's start.
                    var root = systems.Root(cell);
                    newlyHidden = [.. hidden.Keys.Where(c => systems.Contains(c) && systems.Root(c).Equals(root))];
                }
                else
                {
                    return hidden; // cannot happen after the fallback above; the tests' attack would show it
                }

                foreach (var hide in newlyHidden)
                {
                    hidden[hide] = true;
                    shown.Remove(hide);
                    foreach (var member in byCell[hide].SelectMany(r => r.Members).Where(systems.Contains))
                    {
                        changed.Add(systems.Root(member));
                    }
                }
            }
        }
    }

    /// <summary>A shown, non-zero cell in the relations of the recovered cell's system: not a total if possible, the smallest, the first.</summary>
    private static CellKey? Complement(CellKey cell, ILookup<CellKey, Relation> byCell, Dictionary<CellKey, long> values,
        Dictionary<CellKey, bool> hidden, HashSet<CellKey> wholes, Dictionary<CellKey, int> rank)
    {
        var system = new HashSet<CellKey> { cell };
        var candidates = new HashSet<CellKey>();
        var queue = new Queue<CellKey>([cell]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var relation in byCell[next])
            {
                foreach (var member in relation.Members.Where(values.ContainsKey))
                {
                    if (hidden.ContainsKey(member))
                    {
                        if (system.Add(member))
                        {
                            queue.Enqueue(member);
                        }
                    }
                    else if (values[member] > 0)
                    {
                        candidates.Add(member);
                    }
                }
            }

            if (candidates.Count > 0)
            {
                break;
            }
        }

        return candidates.Count == 0 ? null
            : candidates.OrderBy(c => wholes.Contains(c)).ThenBy(c => values[c]).ThenBy(c => rank[c]).First();
    }

    /// <summary>The cell and every cell a relation says holds the same count (a total repeated in other tables and the key figures).</summary>
    private static HashSet<CellKey> Copies(CellKey cell, ILookup<CellKey, Relation> byCell)
    {
        var copies = new HashSet<CellKey> { cell };
        var queue = new Queue<CellKey>([cell]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var relation in byCell[next].Where(r => r.Parts.Count == 1))
            {
                foreach (var other in new[] { relation.Parts[0], relation.Whole }.Where(copies.Add))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return copies;
    }

    private static AnnualReportDocument Document(CountedReport report, int d, Dictionary<CellKey, bool> hidden, int k) => new(
        report.Municipality, report.Year, report.Years, k, Status: "", [.. report.Sections.Select(section => new ReportSection(section.Key, section.Title, section.Introduction,
            [.. section.Tables.Select(table => new ReportTable(table.Key, table.Title, table.RowHeader, [.. report.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [.. table.Rows.Select(row => new ReportRow(row.Label, [.. row.Cells.Select((cell, c) => Cell(cell, new CellKey(d, table.Key, row.Label, c), hidden))], row.IsTotal))],
                table.Note, table.Chart))]))],
        Texts: []);

    private static ReportCell Cell(Figure figure, CellKey key, Dictionary<CellKey, bool> hidden)
    {
        if (figure.Kind == CellKind.Count)
        {
            return hidden.TryGetValue(key, out var complementary)
                ? complementary ? ReportCell.Withheld() : ReportCell.Hidden()
                : new ReportCell(figure.Value ?? 0);
        }

        if (figure.DependsOn.Any(r => hidden.ContainsKey(new CellKey(key.Document, r.Table, r.Row, key.Column))))
        {
            return ReportCell.Withheld(figure.Kind);
        }

        return figure.Value is { } value ? new ReportCell(value, figure.Kind) : ReportCell.NotApplicable(figure.Kind);
    }

    private static IReadOnlyList<TableLayout> Layout(CountedReport report) =>
        [.. report.Tables.Select(t => new TableLayout(t.Key, [.. t.Rows.Select(r => (r.Label, r.IsTotal, r.Cells.All(c => c.Kind == CellKind.Count)))]))];
}
