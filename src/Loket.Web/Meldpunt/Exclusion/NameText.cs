using System.Globalization;
using System.Text;

namespace Loket.Web.Meldpunt.Exclusion;

/// <summary>
/// Names as a matcher compares them: diacritics folded ("coördinator" = "coordinator"), lower case,
/// split into words; Dutch particles and forms of address dropped ("van der", "mevrouw", "dhr.").
/// </summary>
public static class NameText
{
    private static readonly HashSet<string> Ignored =
    [
        "van", "de", "der", "den", "het", "t", "te", "ten", "ter", "in", "op", "la", "le", "du", "da", "dos", "von", "zu", "el",
        "mevrouw", "meneer", "mevr", "mw", "mr", "dhr", "hr", "heer", "dr", "drs", "ir", "ing", "prof", "mej",
    ];

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a name or a text: letters and digits, folded, without particles.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Fold(text).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                if (!Ignored.Contains(word.ToString()))
                {
                    words.Add(word.ToString());
                }

                word.Clear();
            }
        }

        return words;
    }

    /// <summary>
    /// Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps); anything above
    /// <paramref name="max"/> comes back as max + 1. Names are short, so a full table is cheap.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return Math.Min(d[a.Length, b.Length], max + 1);
    }
}
