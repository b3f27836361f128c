namespace Loket.Web.Meldpunt.Redaction;

/// <summary>A copy's text and the spans of the original it hides (merged, whole words).</summary>
public sealed record RedactedText(string Text, IReadOnlyList<Span> Hidden);

/// <summary>
/// Makes the copy's text: new text built from the original in which every hidden span is replaced by
/// one marker of fixed length, so neither the words nor their length survive. Spans are whole words;
/// spans that touch or are only white space apart become one marker (the count of hidden words says
/// something too).
/// </summary>
public static class Redactor
{
    public const string Marker = "[weggelakt]";

    public static RedactedText Apply(string original, IEnumerable<Span> spans)
    {
        var merged = Merge(original, spans.Select(s => s.ToWholeWords(original)).Where(s => s.Length > 0));
        var copy = new System.Text.StringBuilder(original.Length);
        var at = 0;
        foreach (var span in merged)
        {
            copy.Append(original, at, span.Start - at).Append(Marker);
            at = span.End;
        }

        copy.Append(original, at, original.Length - at);
        return new RedactedText(copy.ToString(), merged);
    }

    /// <summary>
    /// Every place a phrase stands, compared folded (case, accents, white space). By default only where
    /// it is a whole word or words, as an officer means "Jan" and not "januari"; within words for the
    /// reporter's identity, where a miss costs more than a word too many.
    /// </summary>
    public static List<Span> Occurrences(FoldedText text, string phrase, bool withinWords = false)
    {
        var needle = FoldedText.Fold(phrase);
        var found = new List<Span>();
        if (needle.Length == 0)
        {
            return found;
        }

        for (var at = text.Text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text.Text[at - 1]) || !char.IsLetterOrDigit(needle[0]);
            var endsWord = end == text.Text.Length || !char.IsLetterOrDigit(text.Text[end]) || !char.IsLetterOrDigit(needle[^1]);
            if (withinWords || (startsWord && endsWord))
            {
                found.Add(text.ToOriginal(at, end));
            }
        }

        return found;
    }

    private static List<Span> Merge(string original, IEnumerable<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && (span.Start <= merged[^1].End || string.IsNullOrWhiteSpace(original[merged[^1].End..span.Start])))
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
