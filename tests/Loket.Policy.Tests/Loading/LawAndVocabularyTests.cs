using System.Text.RegularExpressions;

namespace Loket.Policy.Tests.Loading;

// Walks every rule of every shipped policy file (issue 14, point 2). The law is cited only where the
// code is silent, always with its exception as legal.md words it (a copy is under Sources/), and a
// verdict on such a rule follows that exception; every obligation is a name of the contract, which
// docs/policies.md documents for officers and for consumers of `loket check --json`.
public partial class LawAndVocabularyTests
{
    public static TheoryData<string> Tenants => [.. Codes.Tenants];

    // A code that names the statute or states its rule itself is not silent: cite the code's own section.
    private static readonly Dictionary<string, Regex[]> CodeSpeaksOf = new(StringComparer.Ordinal)
    {
        ["Ambtenarenwet 2017 art. 8 lid 1 b"] = [ArticleEightOneB(), SelfEmployedForOwnMunicipality()],
        ["Ambtenarenwet 2017 art. 8 lid 1 e"] = [ArticleEightOneE()],
        ["Ambtenarenwet 2017 art. 5 lid 1 c"] = [ArticleFiveOneC(), SideActivitiesPublished()],
    };

    // The words of legal.md's rule column and what a Dutch summary of that rule must say for each.
    private static readonly (string English, string Dutch)[] LegalTerms =
    [
        ("without permission", "zonder toestemming"),
        ("without the employer's permission", "zonder toestemming van zijn werkgever"),
        ("forbidden", "verboden"),
        ("self-employed", "direct of indirect werk"),
        ("gifts", "geschenken"),
        ("promises", "beloften"),
        ("third party", "derden"),
        ("published", "openbaar"),
        ("gemeentesecretaris", "gemeentesecretaris"),
        ("directors", "directeuren"),
    ];

    [Theory]
    [MemberData(nameof(Tenants))]
    public void The_law_is_cited_only_where_the_code_is_silent(string tenant)
    {
        var policy = Codes.Catalog.InForce(tenant, Codes.Today);
        var source = Flatten(File.ReadAllText(Repository.TestFile("Sources", tenant + ".txt")));
        foreach (var law in policy.Articles.Where(a => a.IsLaw))
        {
            Assert.True(CodeSpeaksOf.TryGetValue(law.Id, out var patterns), $"{tenant}: no check for '{law.Id}'; add how a code would name it");
            var named = patterns.Select(p => p.Match(source)).FirstOrDefault(m => m.Success);
            Assert.True(named is null, $"{tenant} cites '{law.Id}' as law, but the code speaks of it itself: \"{named?.Value}\"; cite the code's section");
        }

        // No rule of the code itself answers the question a law rule answers.
        var codeRules = policy.Rules.Where(r => !r.IsSilence && !policy.Article(r.ArticleId).IsLaw).ToList();
        foreach (var lawRule in policy.Rules.Where(r => !r.IsSilence && policy.Article(r.ArticleId).IsLaw))
        {
            var triggers = Triggers(lawRule).ToHashSet();
            var overlap = codeRules.Where(r => r.Type == lawRule.Type && Triggers(r).Any(triggers.Contains)).Select(r => r.Id).ToList();
            Assert.True(overlap.Count == 0, $"{tenant} {lawRule.Id} cites the law where the code's own rules answer: {string.Join(", ", overlap)}");
        }
    }

    [Fact]
    public void Where_a_code_does_speak_of_the_law_the_policy_cites_the_code()
    {
        // The other half of the walk above: Alphen names art. 8 lid 1 b and art. 5 lid 1 c itself (toel. 3),
        // 's-Hertogenbosch the publication duty (4.1 rule 6), so they must not fall back on the law.
        foreach (var (tenant, law) in new[]
        {
            (TenantNames.Alphen, "Ambtenarenwet 2017 art. 8 lid 1 b"),
            (TenantNames.Alphen, "Ambtenarenwet 2017 art. 5 lid 1 c"),
            (TenantNames.SHertogenbosch, "Ambtenarenwet 2017 art. 5 lid 1 c"),
        })
        {
            var source = Flatten(File.ReadAllText(Repository.TestFile("Sources", tenant + ".txt")));
            Assert.Contains(CodeSpeaksOf[law], p => p.IsMatch(source));
            Assert.False(Codes.Catalog.InForce(tenant, Codes.Today).TryGetArticle(law, out _), $"{tenant} falls back on {law}");
        }
    }

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Every_law_summary_says_what_legal_md_says_including_its_exception(string tenant)
    {
        var policy = Codes.Catalog.InForce(tenant, Codes.Today);
        var legal = LegalRules();
        foreach (var law in policy.Articles.Where(a => a.IsLaw))
        {
            var rule = legal.Where(r => r.Source.Contains(law.Id, StringComparison.Ordinal)).Select(r => r.Rule).SingleOrDefault();
            Assert.True(rule is not null, $"{tenant}: '{law.Id}' is not a row of legal.md");
            var terms = LegalTerms.Where(t => rule.Contains(t.English, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(terms.Count > 0, $"legal.md's rule for {law.Id} (\"{rule}\") has no term this test knows; add one");
            foreach (var (english, dutch) in terms)
            {
                Assert.True(law.Excerpt.Contains(dutch, StringComparison.Ordinal), $"{tenant} {law.Id}: legal.md says \"{english}\" but the summary lacks \"{dutch}\": {law.Excerpt}");
            }

            // The verdict follows the exception: what the law forbids only without permission is not an
            // absolute Rood, and the employee is told to ask for that permission.
            if (rule.Contains("without", StringComparison.OrdinalIgnoreCase) && rule.Contains("permission", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var cited in policy.Rules.Where(r => r.ArticleId == law.Id))
                {
                    Assert.True(cited.Verdict != Verdict.Rood, $"{tenant} {cited.Id}: the law allows it with permission, yet the verdict is rood");
                    Assert.Contains(Obligation.WrittenPermission, cited.Obligations);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Every_obligation_of_every_rule_is_a_name_of_the_contract(string tenant)
    {
        var contract = ContractVocabulary();
        var policy = Codes.Catalog.InForce(tenant, Codes.Today);
        foreach (var rule in policy.Rules)
        {
            foreach (var obligation in rule.Obligations)
            {
                Assert.True(contract.Contains(obligation.Name()), $"{tenant} {rule.Id}: '{obligation.Name()}' is not in the contract's vocabulary");
            }
        }
    }

    [Fact]
    public void The_contract_has_one_name_per_obligation_and_one_for_reporting()
    {
        var contract = ContractVocabulary();
        Assert.Equal(contract.Order(StringComparer.Ordinal), ObligationNames.All.Select(o => o.Name()).Order(StringComparer.Ordinal));

        // 's-Hertogenbosch and Leidschendam-Voorburg once said "report" where the others said "report-to-manager".
        Assert.Equal(["report-to-manager"], contract.Where(n => n == "report" || n.StartsWith("report-to", StringComparison.Ordinal)));
    }

    private static IEnumerable<(string Field, string Value)> Triggers(PolicyRule rule) =>
        rule.When.Concat(rule.WhenAny).SelectMany(c => c.Values.Select(v => (c.Field, v)));

    // The obligations table of docs/policies.md: "| `name` | label |" rows after "Verplichtingen".
    private static List<string> ContractVocabulary()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "policies.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("Verplichtingen (`obligations`)", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/policies.md has no obligations table");
        return [.. lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Select(l => ContractRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];
    }

    private static List<(string Source, string Rule)> LegalRules() =>
        [.. File.ReadAllLines(Repository.TestFile("Sources", "legal.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 5)
            .Select(cells => (cells[2], cells[3]))];

    // PDF text breaks lines and words; match on single spaces without hyphenation.
    private static string Flatten(string text) => Whitespace().Replace(LineBreakHyphen().Replace(text, ""), " ");

    [GeneratedRegex(@"^\| `([a-z-]+)` \|")]
    private static partial Regex ContractRow();

    [GeneratedRegex(@"artikel 8,? (lid 1|eerste lid),? onder b", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleEightOneB();

    [GeneratedRegex(@"als zelfstandige ingehuurd worden door de gemeente", RegexOptions.IgnoreCase)]
    private static partial Regex SelfEmployedForOwnMunicipality();

    [GeneratedRegex(@"artikel 8,? (lid 1|eerste lid),? onder e", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleEightOneE();

    [GeneratedRegex(@"artikel 5,? (lid 1|eerste lid),? onder c", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleFiveOneC();

    [GeneratedRegex(@"(naast|neven)werkzaamheden openbaar", RegexOptions.IgnoreCase)]
    private static partial Regex SideActivitiesPublished();

    [GeneratedRegex(@"-\s*\n\s*")]
    private static partial Regex LineBreakHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
