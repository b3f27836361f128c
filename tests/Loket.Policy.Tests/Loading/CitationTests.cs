using System.Text.RegularExpressions;

namespace Loket.Policy.Tests.Loading;

// An officer must be able to trust every citation: each excerpt and quote of the shipped policies is
// verbatim in the original Dutch text (copied under Sources/). "[...]" marks an omission. Statutes
// (law: true) are not in the codes and are labelled "Strekking" instead of quoted.
public partial class CitationTests
{
    public static TheoryData<string> Tenants => [.. Codes.Tenants];

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Every_excerpt_and_quote_is_verbatim_in_the_original_code(string tenant)
    {
        var source = Normalise(File.ReadAllText(Repository.TestFile("Sources", tenant + ".txt")));
        var policy = Codes.Catalog.InForce(tenant, Codes.Today);
        var cited = policy.Articles.Where(a => !a.IsLaw).Select(a => (a.Id, Text: a.Excerpt))
            .Concat(policy.Rules.Where(r => r.Quote is not null).Select(r => (r.Id, Text: r.Quote!)));
        foreach (var (id, text) in cited)
        {
            foreach (var part in text.Split("[...]"))
            {
                var needle = Normalise(part).Trim(':');
                Assert.True(needle.Length == 0 || source.Contains(needle, StringComparison.Ordinal), $"{tenant} {id}: not in the original: {part}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Statutes_are_marked_as_a_summary_not_a_quote(string tenant)
    {
        var policy = Codes.Catalog.InForce(tenant, Codes.Today);
        Assert.All(policy.Articles.Where(a => a.IsLaw), a => Assert.StartsWith("Strekking", a.Excerpt, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Every_rule_cites_an_article_with_a_title_and_an_excerpt(string tenant)
    {
        var policy = Codes.Catalog.InForce(tenant, Codes.Today);
        foreach (var rule in policy.Rules.Where(r => !r.IsSilence))
        {
            var article = policy.Article(rule.ArticleId);
            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            Assert.False(string.IsNullOrWhiteSpace(article.Excerpt));
        }
    }

    // PDF extraction breaks lines and words; compare without whitespace, bullets and hyphenation.
    private static string Normalise(string text)
    {
        text = text.Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace("•", "", StringComparison.Ordinal);
        text = LineBreakHyphen().Replace(text, "");
        return Whitespace().Replace(text, "");
    }

    [GeneratedRegex(@"-\s*\n\s*")]
    private static partial Regex LineBreakHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
