using System.Text.RegularExpressions;
using Loket.Web.Meldpunt.Exclusion;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// Finds the reporter's identity in a text, generously: a wrongly hidden word costs the reader a word,
/// a missed one can cost the reporter their job. A name word is found inside other words ("Jansenzaak",
/// "exJansen"), with a typo ("Janssen"), spread out ("J a n s e n"), in any case or accents; numbers
/// with any separators; receipt codes (any sixteen digits) always; and names the reporter gave for
/// themselves ("mijn naam is ...", "met vriendelijke groet, ...") wherever they occur.
/// </summary>
public static partial class ForcedFinder
{
    public static List<Span> Find(FoldedText text, ForcedTerms terms)
    {
        var found = new List<Span>();
        var words = new HashSet<string>(terms.Words, StringComparer.Ordinal);
        foreach (Match intro in SelfIntroduction().Matches(text.Original))
        {
            var name = intro.Groups["name"];
            found.Add(new Span(name.Index, name.Index + name.Length));
            words.UnionWith(NameText.Words(name.Value).Where(w => w.Length >= 3));
        }

        foreach (var (word, start, end) in WordsOf(text.Text))
        {
            if (words.Any(n => Hides(word, n)))
            {
                found.Add(text.ToOriginal(start, end));
            }
        }

        FindSpreadOut(text, words, found);
        foreach (var phrase in terms.Phrases)
        {
            found.AddRange(Redactor.Occurrences(text, phrase, withinWords: true));
        }

        foreach (Match number in Numberish().Matches(text.Original))
        {
            var digits = new string([.. number.Value.Where(char.IsAsciiDigit)]);
            if (digits.Length >= 16 || terms.Numbers.Any(n => digits.Contains(n, StringComparison.Ordinal)))
            {
                found.Add(new Span(number.Index, number.Index + number.Length));
            }
        }

        return [.. found.Select(s => s.ToWholeWords(text.Original))];
    }

    /// <summary>
    /// A word of the text hides when it holds a name word: three letters only at the start ("Jan",
    /// "Jans", not "januari"'s middle), four or more anywhere, and five or more also one typo away
    /// (two from eight letters).
    /// </summary>
    public static bool Hides(string word, string name)
    {
        if (name.Length < 3)
        {
            return false;
        }

        if (name.Length == 3)
        {
            return word.StartsWith(name, StringComparison.Ordinal);
        }

        if (word.Contains(name, StringComparison.Ordinal))
        {
            return true;
        }

        var typos = name.Length >= 8 ? 2 : 1;
        return name.Length >= 5 && NameText.Distance(word, name, typos) <= typos;
    }

    /// <summary>The words of a folded text: runs of letters and digits, with their folded positions.</summary>
    public static IEnumerable<(string Word, int Start, int End)> WordsOf(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (folded[start..i], start, i);
                start = -1;
            }
        }
    }

    // "J a n s e n", "Jan-sen", "jan.sen": the letters alone, for names long enough not to turn up by chance.
    private static void FindSpreadOut(FoldedText text, IEnumerable<string> words, List<Span> found)
    {
        var positions = new List<int>();
        var letters = new System.Text.StringBuilder();
        for (var i = 0; i < text.Text.Length; i++)
        {
            if (char.IsLetterOrDigit(text.Text[i]))
            {
                letters.Append(text.Text[i]);
                positions.Add(i);
            }
        }

        var stream = letters.ToString();
        foreach (var name in words.Where(w => w.Length >= 5))
        {
            for (var at = stream.IndexOf(name, StringComparison.Ordinal); at >= 0; at = stream.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                found.Add(text.ToOriginal(positions[at], positions[at + name.Length - 1] + 1));
            }
        }
    }

    // Digits with the separators people write in phone numbers and codes, also across a line break.
    [GeneratedRegex(@"\+?\d(?:[\s\-./()]{0,3}\d)+")]
    private static partial Regex Numberish();

    // After "mijn naam is", "ik heet", "naam:", "ondergetekende" or a greeting the next word is a name in
    // any case; after "ik ben" or "ik," only capitalised words are. More capitalised words (with
    // particles) belong to the same name.
    [GeneratedRegex(@"(?:(?i:\b(?:mijn\s+naam\s+is|ik\s+heet|naam\s*:|ondergetekende\s*[,:]?|groet(?:en)?\s*[,:]?|gr\.?\s*[,:]))\s*(?<name>\p{L}[\p{L}\p{M}'’\-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|la|le|du|da|von)[ \t]+)*\p{Lu}[\p{L}\p{M}'’\-]*){0,3})"
        + @"|(?i:\bik(?:\s+ben|\s*,))\s*(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|la|le|du|da|von)[ \t]+)*\p{Lu}[\p{L}\p{M}'’\-]*){0,3}))",
        RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduction();
}
