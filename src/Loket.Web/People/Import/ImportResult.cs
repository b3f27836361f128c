namespace Loket.Web.People.Import;

/// <summary>What an import did, or why it did nothing; <see cref="Relations"/> only for a file with the relation columns.</summary>
public sealed record ImportResult(IReadOnlyList<string> Errors, int Created, int Updated, int Unchanged, RelationCounts? Relations = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(IReadOnlyList<string> errors) => new(errors, 0, 0, 0);
}

/// <summary>What an import did to the relations register.</summary>
public sealed record RelationCounts(int Recorded, int Corrected, int Ended, int Kept)
{
    /// <summary>The line the page and `loket import people` show.</summary>
    public string Summary => $"Relaties: {Recorded} vastgelegd, {Corrected} gecorrigeerd, {Ended} beëindigd, {Kept} ongewijzigd.";
}
