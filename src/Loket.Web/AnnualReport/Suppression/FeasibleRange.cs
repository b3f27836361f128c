namespace Loket.Web.AnnualReport.Suppression;

/// <summary>One unknown for the solver: a hidden cell with what a reader knows of it ("&lt; 5": 1 to 4).</summary>
public sealed record Unknown(long Lowest, long? Highest);

/// <summary>Σ coefficient × unknown = constant, over the unknowns' indexes.</summary>
public sealed record Equation(IReadOnlyList<(int Unknown, long Coefficient)> Terms, long Constant);

/// <summary>The smallest and largest value an unknown can take; null when nothing bounds it from above.</summary>
public sealed record ValueRange(Rational Lowest, Rational? Highest)
{
    /// <summary>Only one whole number fits: the cell is recovered.</summary>
    public bool IsOneValue => Highest is { } highest && Lowest.Ceiling() == highest.Floor();
}

/// <summary>
/// What a reader can work out about hidden cells from the published equations (totals, shared margins) and
/// the bounds each mark gives away: for every unknown its smallest and largest feasible value, by linear
/// programming (two-phase simplex with Bland's rule, which cannot cycle) in exact fractions. A pure class,
/// used by the suppression to test its own choice and by the tests as the attacker.
/// </summary>
public static class FeasibleRange
{
    public static IReadOnlyList<ValueRange> Of(IReadOnlyList<Unknown> unknowns, IReadOnlyList<Equation> equations)
    {
        var start = Tableau.Feasible(unknowns, equations)
            ?? throw new InvalidOperationException("The published figures contradict their own equations.");
        var ranges = new ValueRange[unknowns.Count];
        for (var i = 0; i < unknowns.Count; i++)
        {
            var lowest = start.Copy().Minimise(i, 1) ?? throw new InvalidOperationException("A count has no lower bound.");
            var highest = start.Copy().Minimise(i, -1);
            ranges[i] = new ValueRange(unknowns[i].Lowest + lowest, highest is { } h ? unknowns[i].Lowest - h : null);
        }

        return ranges;
    }

    /// <summary>
    /// Which unknowns have only one possible whole value, with that value. Faster than <see cref="Of"/>: every
    /// solution the simplex passes through is a feasible set of values, so an unknown seen with two values far
    /// enough apart to hold two whole numbers can be left out; only the others get their minimum and maximum.
    /// </summary>
    public static IReadOnlyList<long?> OneValues(IReadOnlyList<Unknown> unknowns, IReadOnlyList<Equation> equations)
    {
        var start = Tableau.Feasible(unknowns, equations)
            ?? throw new InvalidOperationException("The published figures contradict their own equations.");
        var seenLow = new Rational[unknowns.Count];
        var seenHigh = new Rational[unknowns.Count];
        void See(Rational[] solution)
        {
            for (var i = 0; i < unknowns.Count; i++)
            {
                var value = unknowns[i].Lowest + solution[i];
                (seenLow[i], seenHigh[i]) = (seenLow[i].Denominator == 0 || value < seenLow[i] ? value : seenLow[i], seenHigh[i].Denominator == 0 || value > seenHigh[i] ? value : seenHigh[i]);
            }
        }

        bool Varies(int i) => seenLow[i].Ceiling() < seenHigh[i].Floor();
        See(start.Solution());
        var values = new long?[unknowns.Count];
        for (var i = 0; i < unknowns.Count; i++)
        {
            if (Varies(i))
            {
                continue;
            }

            var lowest = start.Copy();
            var min = lowest.Minimise(i, 1) ?? throw new InvalidOperationException("A count has no lower bound.");
            See(lowest.Solution());
            if (Varies(i))
            {
                continue;
            }

            var highest = start.Copy();
            if (highest.Minimise(i, -1) is not { } max)
            {
                continue;
            }

            See(highest.Solution());
            var range = new ValueRange(unknowns[i].Lowest + min, unknowns[i].Lowest - max);
            values[i] = range.IsOneValue ? range.Lowest.Ceiling() : null;
        }

        return values;
    }

    /// <summary>The simplex tableau over y = x − lowest ≥ 0, with a slack per upper bound and an artificial per row.</summary>
    private sealed class Tableau
    {
        private Rational[][] rows = [];
        private int[] basis = [];
        private int variables;
        private int firstArtificial;
        private int width;

        public static Tableau? Feasible(IReadOnlyList<Unknown> unknowns, IReadOnlyList<Equation> equations)
        {
            var n = unknowns.Count;
            var bounded = unknowns.Select((u, i) => (u, i)).Where(p => p.u.Highest is not null).ToList();
            var m = equations.Count + bounded.Count;
            var t = new Tableau { variables = n, firstArtificial = n + bounded.Count, width = n + bounded.Count + m + 1 };
            t.rows = new Rational[m][];
            t.basis = new int[m];
            for (var r = 0; r < m; r++)
            {
                var row = Enumerable.Repeat(Rational.Zero, t.width).ToArray();
                Rational rhs;
                if (r < equations.Count)
                {
                    rhs = equations[r].Constant;
                    foreach (var (unknown, coefficient) in equations[r].Terms)
                    {
                        row[unknown] += coefficient;
                        rhs -= coefficient * unknowns[unknown].Lowest;
                    }
                }
                else
                {
                    var (u, i) = bounded[r - equations.Count];
                    row[i] = 1;
                    row[n + r - equations.Count] = 1;
                    rhs = u.Highest!.Value - u.Lowest;
                }

                if (rhs.Sign < 0)
                {
                    row = [.. row.Select(v => -v)];
                    rhs = -rhs;
                }

                row[t.firstArtificial + r] = 1;
                row[t.width - 1] = rhs;
                t.rows[r] = row;
                t.basis[r] = t.firstArtificial + r;
            }

            var cost = new Rational[t.width - 1];
            for (var j = 0; j < cost.Length; j++)
            {
                cost[j] = j >= t.firstArtificial ? Rational.One : Rational.Zero;
            }

            if (!t.Run(cost, allowArtificial: true) || t.Objective(cost).Sign > 0)
            {
                return null;
            }

            t.DriveOutArtificials();
            return t;
        }

        public Tableau Copy() => new()
        {
            rows = [.. rows.Select(r => (Rational[])r.Clone())],
            basis = (int[])basis.Clone(),
            variables = variables,
            firstArtificial = firstArtificial,
            width = width,
        };

        /// <summary>The minimum of sign × y[unknown]; null when unbounded below.</summary>
        public Rational? Minimise(int unknown, int sign)
        {
            var cost = new Rational[width - 1];
            for (var j = 0; j < cost.Length; j++)
            {
                cost[j] = j == unknown ? sign : 0;
            }

            return Run(cost, allowArtificial: false) ? Objective(cost) : null;
        }

        /// <summary>The current basic solution's y for each unknown (0 when not in the basis).</summary>
        public Rational[] Solution()
        {
            var solution = Enumerable.Repeat(Rational.Zero, variables).ToArray();
            for (var r = 0; r < rows.Length; r++)
            {
                if (basis[r] < variables)
                {
                    solution[basis[r]] = rows[r][width - 1];
                }
            }

            return solution;
        }

        private Rational Objective(Rational[] cost)
        {
            var total = Rational.Zero;
            for (var r = 0; r < rows.Length; r++)
            {
                total += cost[basis[r]] * rows[r][width - 1];
            }

            return total;
        }

        /// <summary>Bland's rule: the lowest-numbered improving column enters, the lowest-numbered tied row leaves. False when unbounded.</summary>
        private bool Run(Rational[] cost, bool allowArtificial)
        {
            while (true)
            {
                var entering = -1;
                for (var j = 0; j < width - 1 && entering < 0; j++)
                {
                    if ((allowArtificial || j < firstArtificial) && !basis.Contains(j) && Reduced(cost, j).Sign < 0)
                    {
                        entering = j;
                    }
                }

                if (entering < 0)
                {
                    return true;
                }

                var leaving = -1;
                Rational best = default;
                for (var r = 0; r < rows.Length; r++)
                {
                    if (rows[r][entering].Sign > 0)
                    {
                        var ratio = rows[r][width - 1] / rows[r][entering];
                        if (leaving < 0 || ratio < best || (ratio == best && basis[r] < basis[leaving]))
                        {
                            (leaving, best) = (r, ratio);
                        }
                    }
                }

                if (leaving < 0)
                {
                    return false;
                }

                Pivot(leaving, entering);
            }
        }

        private Rational Reduced(Rational[] cost, int column)
        {
            var reduced = cost[column];
            for (var r = 0; r < rows.Length; r++)
            {
                if (!rows[r][column].IsZero)
                {
                    reduced -= cost[basis[r]] * rows[r][column];
                }
            }

            return reduced;
        }

        private void Pivot(int row, int column)
        {
            var pivot = rows[row][column];
            for (var j = 0; j < width; j++)
            {
                rows[row][j] /= pivot;
            }

            for (var r = 0; r < rows.Length; r++)
            {
                if (r != row && !rows[r][column].IsZero)
                {
                    var factor = rows[r][column];
                    for (var j = 0; j < width; j++)
                    {
                        if (!rows[row][j].IsZero)
                        {
                            rows[r][j] -= factor * rows[row][j];
                        }
                    }
                }
            }

            basis[row] = column;
        }

        /// <summary>After phase one an artificial may stay in the basis at zero: pivot it out, or drop its row as redundant.</summary>
        private void DriveOutArtificials()
        {
            var keep = new List<int>();
            for (var r = 0; r < rows.Length; r++)
            {
                if (basis[r] >= firstArtificial)
                {
                    var column = Enumerable.Range(0, firstArtificial).FirstOrDefault(j => !rows[r][j].IsZero, -1);
                    if (column < 0)
                    {
                        continue;
                    }

                    Pivot(r, column);
                }

                keep.Add(r);
            }

            rows = [.. keep.Select(r => rows[r])];
            basis = [.. keep.Select(r => basis[r])];
        }
    }
}
