using Loket.Policy;

namespace Loket.Bench;

/// <summary>The shipped policies and the gift declarations the benchmarks evaluate.</summary>
internal static class BenchPolicies
{
    public static readonly DateOnly Date = new(2026, 11, 25);

    public static PolicyCatalog Load() => PolicyCatalog.LoadDirectory(Directory());

    /// <summary>The repository's policies/ folder, found upwards from the binary.</summary>
    public static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var policies = Path.Combine(dir.FullName, "policies");
            if (File.Exists(Path.Combine(dir.FullName, "Loket.slnx")) && System.IO.Directory.Exists(policies))
            {
                return policies;
            }
        }

        throw new InvalidOperationException("policies/ not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A typical gift: € 30, accepted, goods (Groen with a duty to report in Leiden).</summary>
    public static GiftDeclaration TypicalGift { get; } = new() { ValueEur = 30m, Status = GiftStatus.Accepted, Form = GiftForm.Goods };

    /// <summary>A gift that fires several Rood rules at once.</summary>
    public static GiftDeclaration WorstGift { get; } = new()
    {
        ValueEur = 100m,
        Status = GiftStatus.Accepted,
        Form = GiftForm.Voucher,
        DeliveredAtHome = true,
        DuringNegotiation = true,
    };
}
