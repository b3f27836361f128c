namespace Loket.Web.People.Import;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportResult(IReadOnlyList<string> Errors, int Created, int Updated, int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(IReadOnlyList<string> errors) => new(errors, 0, 0, 0);
}
