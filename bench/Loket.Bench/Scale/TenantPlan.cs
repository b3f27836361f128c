namespace Loket.Bench.Scale;

/// <summary>One generated municipality: what the declaration rows need to know of its people.</summary>
internal sealed class TenantPlan
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string PolicySlug { get; init; }

    public required Guid[] Employees { get; init; }

    /// <summary>Manager per employee index; null for the top of the line (the gemeentesecretaris).</summary>
    public required Guid?[] Managers { get; init; }

    /// <summary>The employee who holds the integrity officer's account; decides what the line cannot.</summary>
    public required Guid Officer { get; init; }

    /// <summary>Employees with an account for the load run (medewerker1..n@slug).</summary>
    public required Guid[] Declarers { get; init; }

    /// <summary>Top officials, whose side activities go on the public register.</summary>
    public required HashSet<Guid> TopOfficials { get; init; }

    /// <summary>The organisation's units, for the department a case is about.</summary>
    public required Guid[] OrgUnits { get; init; }

    /// <summary>The integrity officer's account, who also logs the confidants' contacts in the generated data.</summary>
    public required Guid OfficerUser { get; init; }

    public static string SlugOf(string name, int index, int count) =>
        name.ToLowerInvariant().TrimStart('\'').Replace(' ', '-') + (index < count ? "" : $"-{index / count + 1}");
}
