using System.Text.RegularExpressions;

namespace Loket.Web.Meldpunt.Exclusion;

/// <summary>Someone who can be named: their names (employee name, account display name) and handles (numbers, user names, mail).</summary>
public sealed record Candidate(Guid Id, IReadOnlyList<string> Names, IReadOnlyList<string> Handles);

/// <summary>Certain: the reporter wrote exactly this person (full name, number, user name). Possible: they might have meant them.</summary>
public enum MatchKind
{
    Possible,
    Certain,
}

/// <summary>One person a report may be about, and what in the report pointed at them.</summary>
public sealed record NameMatch(Guid Id, MatchKind Kind, string Because);

/// <summary>
/// Who a reporter may mean. Matching is generous on purpose: a person who is only possibly meant is
/// still excluded until an officer who is not a candidate resolves it, so a false match costs an
/// officer a click and a missed one lets the named officer read the report.
/// </summary>
public static partial class NameMatcher
{
    /// <summary>The people named in the "involved" field: one or more per line.</summary>
    public static List<NameMatch> MatchNamed(string? named, IEnumerable<Candidate> people)
    {
        var mentions = Mentions(named);
        var matches = new List<NameMatch>();
        foreach (var person in people)
        {
            foreach (var mention in mentions)
            {
                if (MatchMention(mention, person) is { } kind)
                {
                    matches.Add(new NameMatch(person.Id, kind, mention));
                }
            }
        }

        return Strongest(matches);
    }

    /// <summary>The people whose name or handle appears in the report text; never more than possible.</summary>
    public static List<NameMatch> MatchText(string? text, IEnumerable<Candidate> people)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = NameText.Words(text).ToHashSet();
        var handles = HandleTokens(text).ToHashSet();
        var matches = new List<NameMatch>();
        foreach (var person in people)
        {
            var hit = person.Handles.Select(NameText.Fold).FirstOrDefault(h => h.Length >= 4 && handles.Contains(h))
                ?? person.Names.SelectMany(NameText.Words).Where(w => w.Length >= 3).FirstOrDefault(w => words.Any(t => NearInText(t, w)));
            if (hit is not null)
            {
                matches.Add(new NameMatch(person.Id, MatchKind.Possible, hit));
            }
        }

        return Strongest(matches);
    }

    /// <summary>
    /// Splits what the reporter typed into single mentions: lines, commas, "en"/"of", slashes, dashes
    /// between words, and parentheses ("Iris Integriteit (coördinator)" is a name and a role).
    /// </summary>
    public static List<string> Mentions(string? named) =>
        string.IsNullOrWhiteSpace(named) ? [] :
        [.. Separators().Split(named).Select(m => m.Trim(' ', '\t', '.', ':', '"', '\'', '*', '•')).Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static MatchKind? MatchMention(string mention, Candidate person)
    {
        var folded = NameText.Fold(mention).Trim();
        if (person.Handles.Any(h => NameText.Fold(h) == folded))
        {
            return MatchKind.Certain;
        }

        var words = NameText.Words(mention);
        var initials = words.Where(w => w.Length == 1).ToList();
        var full = words.Where(w => w.Length > 1).ToList();
        var tokens = HandleTokens(mention).ToHashSet();
        var possible = person.Handles.Select(NameText.Fold).Any(h => h.Length >= 3 && tokens.Contains(h));
        foreach (var name in person.Names.Select(NameText.Words))
        {
            if (words.Count >= 2 && words.SequenceEqual(name))
            {
                return MatchKind.Certain;
            }

            // A part of the name, possibly misspelt; or only initials that are the name's ("I.I.").
            possible |= full.Any(w => w.Length >= 3 && name.Any(n => Near(w, n)))
                || (full.Count == 0 && initials.Count >= 2 && initials.SequenceEqual(name.Select(n => n[..1])));
        }

        return possible ? MatchKind.Possible : null;
    }

    /// <summary>Equal, or a typo away: one edit from 4 letters, two from 8 ("Integritiet", "Iirs").</summary>
    private static bool Near(string typed, string name)
    {
        var shortest = Math.Min(typed.Length, name.Length);
        var allowed = shortest >= 8 ? 2 : shortest >= 4 ? 1 : 0;
        return typed == name || (allowed > 0 && NameText.Distance(typed, name, allowed) <= allowed);
    }

    /// <summary>In running text only a long name may be misspelt ("Integritiet"); "gaan" is not "Daan".</summary>
    private static bool NearInText(string word, string name) =>
        word == name || (Math.Min(word.Length, name.Length) >= 7 && NameText.Distance(word, name, 1) <= 1);

    // Whitespace-separated pieces that keep the characters of user names and addresses.
    private static IEnumerable<string> HandleTokens(string text) =>
        HandleSeparators().Split(NameText.Fold(text)).Select(t => t.Trim('.', '-', '_', '@')).Where(t => t.Length > 0);

    private static List<NameMatch> Strongest(IEnumerable<NameMatch> matches) =>
        [.. matches.GroupBy(m => m.Id).Select(g => g.OrderByDescending(m => m.Kind).First())];

    [GeneratedRegex(@"\r?\n|[,;/&+|()\[\]{}]|\s+(?:en|and|of|or|met)\s+|\s[-–—]+\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"[^\p{L}\p{N}@._\-]+")]
    private static partial Regex HandleSeparators();
}
