namespace Loket.Web.Meldpunt.Redaction;

/// <summary>A stretch of a text, [Start, End) in UTF-16 positions, as C# and a browser's selection count them.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>Widened to whole words: a hidden passage never leaves half a name standing.</summary>
    public Span ToWholeWords(string text)
    {
        var (start, end) = (Math.Clamp(Start, 0, text.Length), Math.Clamp(End, 0, text.Length));
        while (start > 0 && start < text.Length && FoldedText.IsWordChar(text[start - 1]) && FoldedText.IsWordChar(text[start]))
        {
            start--;
        }

        while (end < text.Length && end > 0 && FoldedText.IsWordChar(text[end]) && FoldedText.IsWordChar(text[end - 1]))
        {
            end++;
        }

        return new Span(start, end);
    }
}
