namespace Loket.Policy;

/// <summary>
/// The union of obligations as a bit mask, turned into a list in the stable enum order. Lists are cached
/// per mask (there are at most 2^10), so an evaluation does not allocate one.
/// </summary>
internal static class ObligationSets
{
    private static readonly Obligation[]?[] Cache = new Obligation[]?[1 << 10];

    public static int Mask(IEnumerable<Obligation> obligations) => obligations.Aggregate(0, (mask, o) => mask | (1 << (int)o));

    public static IReadOnlyList<Obligation> For(int mask)
    {
        // A benign race: two threads may build the same immutable array; either one is correct.
        return Cache[mask] ??= Build(mask);
    }

    private static Obligation[] Build(int mask)
    {
        var list = new List<Obligation>();
        foreach (var obligation in ObligationNames.All)
        {
            if ((mask & (1 << (int)obligation)) != 0)
            {
                list.Add(obligation);
            }
        }

        return [.. list];
    }
}
