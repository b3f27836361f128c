using System.Text.RegularExpressions;

namespace Loket.Policy.Tests.Loading;

// docs/policies.md lists every judgement call with the sentence of the code it rests on (issue 14,
// point 3). An officer who overrules one must be able to find that sentence: every quotation in the
// section is verbatim in one of the five originals ("[...]" marks an omission).
public partial class JudgementCallTests
{
    [Fact]
    public void Every_sentence_a_judgement_call_quotes_is_in_an_original_code()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "policies.md"));
        var section = docs[docs.IndexOf("## Keuzes bij het lezen van de codes", StringComparison.Ordinal)..];
        var sources = Codes.Tenants.Select(t => Normalise(File.ReadAllText(Repository.TestFile("Sources", t + ".txt")))).ToList();
        var quotes = Quotation().Matches(section).Select(m => m.Groups[1].Value).Where(q => q.Length >= 35).ToList();

        Assert.True(quotes.Count >= 20, $"only {quotes.Count} quotations found");
        foreach (var quote in quotes)
        {
            foreach (var part in quote.Split("[...]").Select(p => Normalise(p)).Where(p => p.Length > 0))
            {
                Assert.True(sources.Any(s => s.Contains(part, StringComparison.Ordinal)), $"not in any original: {quote}");
            }
        }
    }

    private static string Normalise(string text)
    {
        text = text.Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace("•", "", StringComparison.Ordinal);
        text = LineBreakHyphen().Replace(text, "");
        return Whitespace().Replace(text, "");
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"-\s*\n\s*")]
    private static partial Regex LineBreakHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
