namespace Loket.Web.AnnualReport.Suppression;

/// <summary>A hidden cell a reader can work back, with the one value it must have.</summary>
public sealed record Recovered(CellKey Cell, long Value);

/// <summary>
/// The attacker: from the published cells, what each mark gives away and every known relation, which hidden
/// counts have only one possible value. Hidden cells linked by relations form one system; a system of one
/// equation is solved by its bounds directly, a larger one by <see cref="FeasibleRange"/>.
/// </summary>
public static class Recovery
{
    /// <summary>
    /// The attack on published documents alone (for a desk: its municipalities, then the desk as a whole): the
    /// hidden counts it pins to one value other than 0. A hidden 0 worked back tells what a shown 0 tells (nobody),
    /// and happens where a column under a small total hides its zeros beside a total shown as 0 elsewhere.
    /// </summary>
    public static IReadOnlyList<Recovered> Attempt(IReadOnlyList<AnnualReportDocument> published)
    {
        var layouts = published.Select(Layout).ToList();
        var relations = ReportRelations.Of(layouts, published[0].Years.Count);
        var shown = new Dictionary<CellKey, long>();
        var marks = new Dictionary<CellKey, bool>();
        for (var d = 0; d < published.Count; d++)
        {
            foreach (var table in published[d].Sections.SelectMany(s => s.Tables))
            {
                foreach (var row in table.Rows)
                {
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        var cell = row.Cells[c];
                        var key = new CellKey(d, table.Key, row.Label, c);
                        if (cell.Kind != CellKind.Count)
                        {
                            continue;
                        }

                        if (cell.Suppressed)
                        {
                            marks[key] = cell.Complementary;
                        }
                        else if (cell.Value is { } value)
                        {
                            shown[key] = (long)value;
                        }
                    }
                }
            }
        }

        return [.. Find(shown, Bounds(marks, relations, published[0].SuppressionThreshold), relations).Where(r => r.Value != 0)];
    }

    public static IReadOnlyList<TableLayout> Layout(AnnualReportDocument document) =>
        [.. document.Sections.SelectMany(s => s.Tables).Select(t => new TableLayout(t.Key, [.. t.Rows.Select(r => (r.Label, r.IsTotal, r.Cells.All(c => c.Kind == CellKind.Count)))]))];

    /// <summary>
    /// What the marks tell: "&lt; k" is 1 to k−1, or 0 to k−1 for a part of a total that is itself "&lt; k" (zeros are
    /// hidden there too); "×" is k or more, because the suppression only adds a shown count that is not small, except
    /// in a group of hidden cells that holds no "&lt; k" at all: that is the fallback of <see cref="Disclosure"/>, which
    /// marks a whole group "×" when nothing shown is left to hide beside it, and there "×" can be anything from 0.
    /// </summary>
    public static Dictionary<CellKey, Unknown> Bounds(IReadOnlyDictionary<CellKey, bool> complementary, IReadOnlyList<Relation> relations, int k) =>
        Bounds(complementary, relations, k, Groups(complementary.Keys, relations));

    /// <summary><see cref="Bounds(IReadOnlyDictionary{CellKey, bool}, IReadOnlyList{Relation}, int)"/> with the hidden cells' groups the caller has already.</summary>
    internal static Dictionary<CellKey, Unknown> Bounds(IReadOnlyDictionary<CellKey, bool> complementary, IReadOnlyList<Relation> relations, int k, UnionFind groups)
    {
        // A part of a sum is 0 to k−1 there; a single "part" is the same count as its whole, so it is at least 1 like any other "< k".
        var underSmallTotal = relations.Where(r => r.Parts.Count > 1 && complementary.TryGetValue(r.Whole, out var c) && !c).SelectMany(r => r.Parts).ToHashSet();
        var withSmall = complementary.Where(m => !m.Value).Select(m => groups.Root(m.Key)).ToHashSet();
        return complementary.ToDictionary(m => m.Key, m => m.Value
            ? new Unknown(withSmall.Contains(groups.Root(m.Key)) ? k : 0, null)
            : new Unknown(underSmallTotal.Contains(m.Key) ? 0 : 1, k - 1));
    }

    /// <summary>The hidden cells joined by every relation that holds two of them: one group is one system for a reader.</summary>
    internal static UnionFind Groups(IEnumerable<CellKey> hidden, IReadOnlyList<Relation> relations)
    {
        var groups = new UnionFind(hidden);
        foreach (var relation in relations)
        {
            groups.JoinAll(relation.Members, groups.Contains);
        }

        return groups;
    }

    /// <summary>
    /// <paramref name="solved"/>, when given, keeps each system's answer by its hidden cells and their bounds: the
    /// suppression hides a few cells per pass, and every system those cells do not join is the same as before.
    /// </summary>
    public static IReadOnlyList<Recovered> Find(IReadOnlyDictionary<CellKey, long> shown, IReadOnlyDictionary<CellKey, Unknown> hidden, IReadOnlyList<Relation> relations,
        Dictionary<SystemKey, List<Recovered>>? solved = null)
    {
        var recovered = new List<Recovered>();
        foreach (var (members, unknowns, equationsOf) in Systems(shown, hidden, relations))
        {
            var key = solved is null ? null : new SystemKey(members, unknowns);
            if (key is not null && solved!.TryGetValue(key, out var known))
            {
                recovered.AddRange(known);
                continue;
            }

            var equations = equationsOf();
            var values = equations.Count switch
            {
                0 => [],
                1 => [.. OneEquation(unknowns, equations[0]).Select(r => r.IsOneValue ? r.Lowest.Ceiling() : (long?)null)],
                _ => FeasibleRange.OneValues(unknowns, equations),
            };
            var found = values.SelectMany((v, i) => v is { } value ? members[i].Select(c => new Recovered(c, value)) : []).ToList();
            if (key is not null)
            {
                solved!.Add(key, found);
            }
            recovered.AddRange(found);
        }

        return recovered;
    }

    /// <summary>
    /// The hidden cells joined by relations into separate systems. Hidden cells that a relation says are the
    /// same count (a table's total and the key figure repeating it) are one unknown, with the narrowest bounds
    /// of them; published cells move to the constant.
    /// </summary>
    private static IEnumerable<(List<List<CellKey>> Members, List<Unknown> Unknowns, Func<List<Equation>> Equations)> Systems(
        IReadOnlyDictionary<CellKey, long> shown, IReadOnlyDictionary<CellKey, Unknown> hidden, IReadOnlyList<Relation> relations)
    {
        var same = new UnionFind(hidden.Keys);
        var linked = new UnionFind(hidden.Keys);
        var touching = new List<Relation>();
        foreach (var relation in relations)
        {
            if (relation.IsCopy(hidden))
            {
                same.Join(relation.Parts[0], relation.Whole);
            }
            else if (linked.JoinAll(relation.Members, hidden.ContainsKey))
            {
                touching.Add(relation);
            }
        }

        foreach (var cell in hidden.Keys)
        {
            linked.Join(cell, same.Root(cell));
        }

        // Each relation belongs to the one system its hidden cells are in.
        var bySystem = touching.ToLookup(r => linked.Root(Array.Find(r.Members, hidden.ContainsKey)));
        foreach (var system in hidden.Keys.GroupBy(linked.Root))
        {
            var groups = system.GroupBy(same.Root).Select(g => g.ToList()).ToList();
            var index = groups.SelectMany((g, i) => g.Select(c => (c, i))).ToDictionary(p => p.c, p => p.i);
            var unknowns = groups.Select(g => new Unknown(g.Max(c => hidden[c].Lowest),
                g.Select(c => hidden[c].Highest).Where(h => h is not null).Min())).ToList();
            yield return (groups, unknowns, () => Equations(index, bySystem[system.Key], shown));
        }
    }

    /// <summary>
    /// A system's equations over its unknowns, the published cells moved to the constant. Built only for a system
    /// not solved before: most of them are the same from one hidden cell to the next.
    /// </summary>
    private static List<Equation> Equations(Dictionary<CellKey, int> index, IEnumerable<Relation> relations, IReadOnlyDictionary<CellKey, long> shown)
    {
        var equations = new List<Equation>();
        foreach (var relation in relations)
        {
            var terms = new Dictionary<int, long>();
            var constant = 0L;
            var complete = true;
            for (var m = 0; m < relation.Members.Length; m++)
            {
                var (cell, coefficient) = (relation.Members[m], m < relation.Parts.Count ? 1L : -1L);
                if (index.TryGetValue(cell, out var i))
                {
                    terms[i] = terms.GetValueOrDefault(i) + coefficient;
                }
                else if (shown.TryGetValue(cell, out var value))
                {
                    constant -= coefficient * value;
                }
                else
                {
                    complete = false; // a cell a document does not have: the relation tells nothing
                }
            }

            if (complete && terms.Any(t => t.Value != 0))
            {
                equations.Add(new Equation([.. terms.Where(t => t.Value != 0).Select(t => (t.Key, t.Value))], constant));
            }
        }

        return equations;
    }

    /// <summary>A system by its hidden cells and their bounds: the same key, the same answer (<see cref="Find"/>).</summary>
    public sealed class SystemKey : IEquatable<SystemKey>
    {
        // The lists Systems made for this system alone; nothing changes them after.
        private readonly List<List<CellKey>> members;
        private readonly List<Unknown> unknowns;
        private readonly int hash;

        public SystemKey(List<List<CellKey>> members, List<Unknown> unknowns)
        {
            (this.members, this.unknowns) = (members, unknowns);
            var hashing = new HashCode();
            foreach (var group in members)
            {
                foreach (var cell in group)
                {
                    hashing.Add(cell);
                }
            }

            foreach (var unknown in unknowns)
            {
                hashing.Add(unknown);
            }

            hash = hashing.ToHashCode();
        }

        public bool Equals(SystemKey? other) =>
            other is not null && hash == other.hash && unknowns.SequenceEqual(other.unknowns)
            && members.Count == other.members.Count && members.Zip(other.members).All(pair => pair.First.SequenceEqual(pair.Second));

        public override bool Equals(object? obj) => Equals(obj as SystemKey);

        public override int GetHashCode() => hash;
    }

    internal sealed class UnionFind(IEnumerable<CellKey> cells)
    {
        private readonly Dictionary<CellKey, CellKey> parent = cells.ToDictionary(c => c, c => c);

        public bool Contains(CellKey cell) => parent.ContainsKey(cell);

        public CellKey Root(CellKey cell) => parent[cell].Equals(cell) ? cell : parent[cell] = Root(parent[cell]);

        /// <summary>Joins the members that <paramref name="holds"/> into one group; whether there was any.</summary>
        public bool JoinAll(CellKey[] members, Func<CellKey, bool> holds)
        {
            CellKey? first = null;
            foreach (var member in members)
            {
                if (!holds(member))
                {
                    continue;
                }

                if (first is { } f)
                {
                    Join(member, f);
                }
                else
                {
                    first = member;
                }
            }

            return first is not null;
        }

        public void Join(CellKey a, CellKey b)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (!ra.Equals(rb))
            {
                parent[ra] = rb;
            }
        }
    }

    /// <summary>One equation Σ a·x = c with a = ±1: each unknown's range follows from the others' bounds, exactly.</summary>
    private static ValueRange[] OneEquation(List<Unknown> unknowns, Equation equation)
    {
        var ranges = unknowns.Select(u => new ValueRange(u.Lowest, u.Highest)).ToArray();
        foreach (var (t, a) in equation.Terms)
        {
            // Σ over the others of a·x lies in [low, high] (null: unbounded); then a_t·x_t = c − that.
            long? low = 0;
            long? high = 0;
            foreach (var (i, b) in equation.Terms.Where(term => term.Unknown != t))
            {
                var (lo, hi) = (unknowns[i].Lowest, unknowns[i].Highest);
                if (b > 0)
                {
                    low += b * lo;
                    high = high is { } h && hi is { } u ? h + (b * u) : null;
                }
                else
                {
                    low = low is { } l && hi is { } v ? l + (b * v) : null;
                    high += b * lo;
                }
            }

            Rational? fromLow = low is { } lw ? new Rational(equation.Constant - lw, a) : null;
            Rational? fromHigh = high is { } hg ? new Rational(equation.Constant - hg, a) : null;
            var (min, max) = a > 0 ? (fromHigh, fromLow) : (fromLow, fromHigh);
            var lowest = min is { } m && m > unknowns[t].Lowest ? m : (Rational)unknowns[t].Lowest;
            Rational? highest = (max, unknowns[t].Highest) switch
            {
                ({ } x, { } y) => x < y ? x : y,
                ({ } x, null) => x,
                (null, { } y) => y,
                _ => null,
            };
            ranges[t] = new ValueRange(lowest, highest);
        }

        return ranges;
    }
}
