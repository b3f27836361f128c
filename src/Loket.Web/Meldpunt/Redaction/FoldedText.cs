using System.Globalization;
using System.Text;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// A text as redaction compares it: lower case, diacritics folded, every run of white space one space,
/// and characters that hide inside a word (zero-width space and joiners, soft hyphen) dropped, so
/// "Jan\u00A0 Jänsen" and "jan jan\u00ADsen" read as "jan jansen". Each folded character remembers
/// where it came from, so a match is always a span of the original.
/// </summary>
public sealed class FoldedText
{
    private readonly List<int> from = [];

    public FoldedText(string original)
    {
        Original = original;
        var folded = new StringBuilder(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ')
                {
                    continue;
                }

                Add(folded, ' ', i);
                continue;
            }

            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    Add(folded, Simplify(char.ToLowerInvariant(part)), i);
                }
            }
        }

        Text = folded.ToString();
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The span of the original that folded characters [start, end) came from.</summary>
    public Span ToOriginal(int start, int end) => new(from[start], from[end - 1] + 1);

    /// <summary>A phrase folded the same way, trimmed: what to look for.</summary>
    public static string Fold(string phrase) => new FoldedText(phrase).Text.Trim();

    /// <summary>Inside a word, never a boundary: letters, digits, combining marks and the invisible characters.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || IsInvisible(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    // Typographic variants that people type interchangeably.
    private static char Simplify(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };

    private void Add(StringBuilder folded, char c, int origin)
    {
        folded.Append(c);
        from.Add(origin);
    }
}
