namespace Loket.Web.Meldpunt.Exclusion;

/// <summary>A person as the picker shows them: a name and a department, never a number, user name or address.</summary>
public sealed record PickerPerson(Guid Id, string Name, string? Department);

/// <summary>
/// The picker's search, open to anonymous reporters. It must not become a staff directory: at least
/// <see cref="MinimumLetters"/> letters, at most <see cref="MaximumResults"/> names, names and
/// departments only, and the page that serves it is rate-limited per address.
/// </summary>
public sealed class PeopleSearch(Roster roster)
{
    public const int MinimumLetters = 3;
    public const int MaximumResults = 8;

    /// <summary>Enough letters once particles ("van der") are left out, which would otherwise match half the municipality.</summary>
    public static bool IsLongEnough(string? query) => NameText.Words(query ?? "").Sum(w => w.Length) >= MinimumLetters;

    /// <summary>Everyone whose name has a word starting with each typed word ("iri int", "integ").</summary>
    public async Task<List<PickerPerson>> FindAsync(Guid tenantId, string? query, CancellationToken cancellationToken = default)
    {
        if (!IsLongEnough(query))
        {
            return [];
        }

        var typed = NameText.Words(query!);
        var people = await roster.ForAsync(tenantId, cancellationToken);
        return [.. people
            .Where(p => typed.All(t => NameText.Words(p.Name).Any(w => w.StartsWith(t, StringComparison.Ordinal))))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(MaximumResults)
            .Select(p => new PickerPerson(p.Candidate.Id, p.Name, p.Department))];
    }

    /// <summary>The picked people of this municipality, as shown again after a post; ids of other municipalities drop out.</summary>
    public async Task<List<PickerPerson>> PickedAsync(Guid tenantId, IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.ToHashSet();
        if (wanted.Count == 0)
        {
            return [];
        }

        var people = await roster.ForAsync(tenantId, cancellationToken);
        return [.. people.Where(p => wanted.Contains(p.Candidate.Id)).Select(p => new PickerPerson(p.Candidate.Id, p.Name, p.Department))];
    }
}
