namespace Loket.Web.Meldpunt.Exclusion;

/// <summary>A person a report will exclude, how surely, and why, in words for the check step and the case.</summary>
public sealed record Excluded(RosterPerson Person, MatchKind Kind, string Because);

/// <summary>
/// Whom a report excludes: the people picked from the list and everyone the typed names match, for
/// sure or possibly, plus the desk members whose name appears in the text. Every match is kept, not
/// only the desk's, so that someone who joins the desk later is kept out too; the text is searched
/// for the desk's names only, as a long text would otherwise "possibly" name half the municipality.
/// </summary>
public sealed class Exclusions(Roster roster)
{
    public async Task<List<Excluded>> FindAsync(Guid tenantId, string? named, IEnumerable<Guid> picked, string? text, CancellationToken cancellationToken = default)
    {
        var people = await roster.ForAsync(tenantId, cancellationToken);
        var byId = people.ToDictionary(p => p.Candidate.Id);
        var found = new Dictionary<Guid, Excluded>();
        foreach (var id in picked.Where(byId.ContainsKey))
        {
            found[id] = new Excluded(byId[id], MatchKind.Certain, "gekozen uit de lijst");
        }

        var matches = NameMatcher.MatchNamed(named, people.Select(p => p.Candidate))
            .Select(m => (m, Because: $"genoemd als ‘{m.Because}’"))
            .Concat(NameMatcher.MatchText(text, people.Where(p => p.AtDesk).Select(p => p.Candidate))
                .Select(m => (m, Because: $"‘{m.Because}’ staat in de beschrijving")));
        foreach (var (match, because) in matches)
        {
            var person = byId[match.Id];
            if (!found.TryGetValue(match.Id, out var known) || known.Kind < match.Kind)
            {
                found[match.Id] = new Excluded(person, match.Kind, because);
            }
        }

        return [.. found.Values.OrderByDescending(e => e.Kind).ThenBy(e => e.Person.Name, StringComparer.CurrentCulture)];
    }
}
