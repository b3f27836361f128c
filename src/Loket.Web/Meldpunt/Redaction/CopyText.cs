using System.Text.RegularExpressions;
using Loket.Web.Meldpunt.Exclusion;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>What the officer chose to hide: ticked suggestions, passages typed or copied, and positions marked in the text.</summary>
public sealed record Choices(IReadOnlyList<string> Terms, string? Passages, string? Ranges);

/// <summary>The copy's text, or what is wrong with the choices (field, Dutch message).</summary>
public sealed record CopyTextResult(RedactedText? Redaction, IReadOnlyList<(string Field, string Message)> Errors);

/// <summary>
/// Turns the officer's choices and the reporter's identity into the copy's text. A passage hidden once
/// is hidden wherever it stands; the reporter's identity is hidden whatever was chosen. Then the copy is
/// checked again as a reader would search it, and anything of either still found is hidden as well:
/// a second lock that does not depend on the first being right.
/// </summary>
public static partial class CopyText
{
    public static CopyTextResult Make(string original, Choices choices, ForcedTerms forced)
    {
        var text = new FoldedText(original);
        var errors = new List<(string, string)>();
        var spans = new List<Span>();
        foreach (var term in choices.Terms.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            spans.AddRange(Redactor.Occurrences(text, term));

            // A ticked name hides its parts too: "Bram" alone, a sentence later, is still Bram Bouwman.
            var words = term.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words.All(w => char.IsUpper(w[0]) || NameText.Words(w).Count == 0))
            {
                foreach (var word in words.Where(w => NameText.Words(w).Any(n => n.Length >= 3)))
                {
                    spans.AddRange(Redactor.Occurrences(text, word));
                }
            }
        }

        foreach (var passage in (choices.Passages ?? string.Empty).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var found = Redactor.Occurrences(text, passage);
            if (found.Count == 0)
            {
                errors.Add(("passages", $"Deze passage staat niet in de tekst: ‘{(passage.Length > 60 ? passage[..60] + "…" : passage)}’. Neem haar letterlijk over; hoofdletters en accenten maken niet uit."));
            }

            spans.AddRange(found);
        }

        spans.AddRange(Ranges(choices.Ranges, original.Length, errors));
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        // Whatever is hidden once is hidden everywhere: "Piet" marked in one sentence is not left standing in the next.
        foreach (var piece in spans.Select(s => s.ToWholeWords(original)).Select(s => original[s.Start..s.End]).Distinct().ToList())
        {
            if (IsDistinctive(piece))
            {
                spans.AddRange(Redactor.Occurrences(text, piece));
            }
        }

        spans.AddRange(ForcedFinder.Find(text, forced));
        var redaction = Redactor.Apply(original, spans);
        return new(Verified(original, redaction, forced), []);
    }

    /// <summary>The copy searched again for the reporter and for every hidden passage; what is found is hidden too.</summary>
    private static RedactedText Verified(string original, RedactedText redaction, ForcedTerms forced)
    {
        var pieces = redaction.Hidden.Select(s => original[s.Start..s.End]).Where(IsDistinctive).Distinct().ToList();
        var copy = redaction.Text;
        var extra = 0;
        for (var round = 0; round < 3; round++)
        {
            var folded = new FoldedText(copy);
            var markers = Redactor.Occurrences(folded, Redactor.Marker, withinWords: true);
            var leaks = ForcedFinder.Find(folded, forced).Concat(pieces.SelectMany(p => Redactor.Occurrences(folded, p)))
                .Where(s => !markers.Any(m => m.Start <= s.Start && s.End <= m.End)).ToList();
            if (leaks.Count == 0)
            {
                return extra == 0 ? redaction : new RedactedText(copy, redaction.Hidden);
            }

            copy = Redactor.Apply(copy, leaks).Text;
            extra += leaks.Count;
        }

        throw new InvalidOperationException("A redacted copy still holds a hidden passage after three checks; no copy is made.");
    }

    // Long enough to mean something on its own: four letters or digits, or three with a capital ("Jan", not "het").
    private static bool IsDistinctive(string piece)
    {
        var letters = piece.Count(char.IsLetterOrDigit);
        return letters >= 4 || (letters == 3 && char.IsUpper(piece.TrimStart()[0]));
    }

    /// <summary>"120-180, 300-310": positions from the marking in the page (or typed), each within the text.</summary>
    private static List<Span> Ranges(string? ranges, int length, List<(string, string)> errors)
    {
        var spans = new List<Span>();
        foreach (var token in (ranges ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = RangePattern().Match(token);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, out var start) || !int.TryParse(match.Groups[2].Value, out var end))
            {
                errors.Add(("ranges", $"‘{(token.Length > 20 ? token[..20] : token)}’ is geen bereik. Schrijf tekenposities als van-tot, bijvoorbeeld 120-180."));
            }
            else if (start >= end || end > length)
            {
                errors.Add(("ranges", $"Het bereik {start}-{end} valt buiten de tekst, die {length} tekens lang is."));
            }
            else
            {
                spans.Add(new Span(start, end));
            }
        }

        return spans;
    }

    [GeneratedRegex(@"^(\d{1,7})-(\d{1,7})$")]
    private static partial Regex RangePattern();
}
