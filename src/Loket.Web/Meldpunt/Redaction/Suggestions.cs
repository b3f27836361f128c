using System.Text.RegularExpressions;
using Loket.Web.Meldpunt.Exclusion;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>Something in the text that probably identifies someone, offered ticked: the officer unticks what may stay.</summary>
public sealed record Suggestion(string Text, string Kind, int Count);

/// <summary>
/// Finds what to offer for hiding: addresses, phone numbers, dates, postcodes, account and other long
/// numbers, the names of the municipality's people and of those the reporter named, and any other
/// capitalised words that are not the start of a sentence (names, but also places: the officer decides).
/// One suggestion per distinct text, so ticking "Jan de Vries" hides all three times he is named.
/// </summary>
public static partial class Suggestions
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "ik", "hij", "zij", "wij", "jij", "je", "u", "het", "de", "een", "dit", "dat", "die", "deze", "er", "toen", "daarna", "ook", "maar", "en", "of",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    };

    public static List<Suggestion> For(string text, IEnumerable<string> knownNames)
    {
        var folded = new FoldedText(text);
        var found = new List<(int At, string Text, string Kind)>();
        void Add(Regex pattern, string kind) =>
            found.AddRange(pattern.Matches(text).Select(m => (m.Index, m.Value.Trim(), kind)));

        Add(Email(), "e-mailadres");
        Add(Phone(), "telefoonnummer");
        Add(Date(), "datum");
        Add(Postcode(), "postcode");
        Add(Iban(), "rekeningnummer");
        Add(LongNumber(), "nummer");
        found.AddRange(KnownNames(folded, knownNames).Select(s => (s.Start, text[s.Start..s.End], "naam")));
        foreach (Match m in Capitalised().Matches(text))
        {
            var words = m.Value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var startsSentence = StartsSentence(text, m.Index);
            if (words.Length > 1 || (!startsSentence && !NotNames.Contains(NameText.Fold(m.Value))))
            {
                found.Add((m.Index, m.Value, "mogelijk een naam"));
            }
        }

        return [.. found.OrderBy(f => f.At).DistinctBy(f => FoldedText.Fold(f.Text)).Where(f => f.Text.Length > 1)
            .Select(f => new Suggestion(f.Text, f.Kind, Math.Max(1, Redactor.Occurrences(folded, f.Text).Count)))];
    }

    // At the start of the text, after a full stop, question or exclamation mark or colon, or on a new line.
    private static bool StartsSentence(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]) && text[i] != '\n')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or '"' or '\'';
    }

    /// <summary>Runs of words that are words of a known name (a typo allowed from five letters), with particles between them.</summary>
    private static IEnumerable<Span> KnownNames(FoldedText text, IEnumerable<string> names)
    {
        var nameWords = names.SelectMany(NameText.Words).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        Span? run = null;
        foreach (var (word, start, end) in ForcedFinder.WordsOf(text.Text))
        {
            if (nameWords.Any(n => word == n || (n.Length >= 5 && NameText.Distance(word, n, 1) <= 1)))
            {
                run = run is { } open ? open with { End = end } : new Span(start, end);
            }
            else if (run is { } open && NameText.Words(word).Count > 0)
            {
                yield return text.ToOriginal(open.Start, open.End);
                run = null;
            }
        }

        if (run is { } last)
        {
            yield return text.ToOriginal(last.Start, last.End);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d+])(?:\+31|0031|0)(?:[ \-.()]{0,2}\d){9}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?(?:\s+\d{4})?)\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b\d{4}\s?[A-Z]{2}\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d{2,4}){2,4}\b")]
    private static partial Regex Iban();

    [GeneratedRegex(@"(?<![\d+])\d{6,}(?!\d)")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|la|le|du|da|von)[ \t]+)*\p{Lu}[\p{Ll}\p{M}'’\-]+)*")]
    private static partial Regex Capitalised();

}
