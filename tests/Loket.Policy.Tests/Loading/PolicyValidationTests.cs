namespace Loket.Policy.Tests.Loading;

// loket policy validate: unknown keys, missing keys and citations, wrong types are reported as
// file:line in Dutch, and an invalid policy never loads.
public class PolicyValidationTests
{
    private const string Valid = """
        tenant: test
        name: Test
        version: "1"
        effective-from: 2025-01-01
        title: Testcode
        date: 2025-01-01
        source: test
        general-duty: "1.3"
        parameters:
          gift-limit:
            amount: 50
            accept: below
            wording: "minder dan € 50"
            article: "4.3"
        articles:
          - id: "1.3"
            title: Bij twijfel
            excerpt: "Bespreek het."
          - id: "4.3"
            title: Geschenken
            excerpt: "minder dan € 50"
        rules:
          - id: gift-over-limit
            type: gift
            when: { valueEur: over-limit }
            verdict: rood
            obligations: [refuse]
            article: "4.3"
            explanation: "Te duur."
        """;

    private static PolicyFileResult Parse(string yaml) => PolicyFile.Parse(yaml, "test.yaml");

    [Fact]
    public void A_valid_file_loads()
    {
        var result = Parse(Valid);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("verdict: rood", "verdict: rood\n    colour: red", 27, "onbekende sleutel 'colour' in een regel")]
    [InlineData("article: \"4.3\"\n    explanation", "article: \"9.9\"\n    explanation", 28, "artikel '9.9' wordt geciteerd maar staat niet onder 'articles'")]
    [InlineData("    excerpt: \"Bespreek het.\"\n", "", 16, "sleutel 'excerpt' ontbreekt in een artikel")]
    [InlineData("amount: 50", "amount: vijftig", 11, "'amount' moet een bedrag zijn")]
    [InlineData("effective-from: 2025-01-01", "effective-from: 1 januari", 4, "'effective-from' moet een datum zijn")]
    [InlineData("verdict: rood", "verdict: paars", 26, "onbekend oordeel 'paars'")]
    [InlineData("obligations: [refuse]", "obligations: [weigeren]", 27, "onbekende verplichting 'weigeren'")]
    [InlineData("when: { valueEur: over-limit }", "when: { prijs: over-limit }", 25, "onbekend veld 'prijs' voor type gift")]
    [InlineData("when: { valueEur: over-limit }", "when: { valueEur: duur }", 25, "onbekende waarde 'duur' voor veld 'valueEur'")]
    [InlineData("type: gift", "type: cadeau", 24, "onbekend type 'cadeau'")]
    [InlineData("obligations: [refuse]", "obligations: refuse", 27, "'obligations' moet een lijst zijn")]
    public void An_invalid_file_is_refused_with_file_line_and_a_Dutch_message(string find, string replace, int line, string message)
    {
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, yaml);
        var result = Parse(yaml);
        Assert.False(result.IsValid);
        Assert.Null(result.Policy);
        Assert.True(
            result.Errors.Any(e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal) && e.ToString().StartsWith($"test.yaml:{line}: ", StringComparison.Ordinal)),
            string.Join("\n", result.Errors));
    }

    [Fact]
    public void Without_a_decision_term_a_policy_gives_ten_working_days_and_a_code_may_set_its_own()
    {
        var withTerm = Valid.Replace("  gift-limit:", "  decision-term:\n    working-days: 5\n    article: \"4.3\"\n  gift-limit:", StringComparison.Ordinal);

        Assert.Equal(new DecisionTerm(10, null), Parse(Valid).Policy!.DecisionTerm);
        Assert.Equal(new DecisionTerm(5, "4.3"), Parse(withTerm).Policy!.DecisionTerm);
    }

    [Theory]
    [InlineData("working-days: 0", 11, "'working-days' moet tussen 1 en 60 liggen")]
    [InlineData("working-days: tien", 11, "'working-days' moet een geheel getal zijn")]
    [InlineData("working-days: 5\n    article: \"9.9\"", 12, "artikel '9.9' wordt geciteerd maar staat niet onder 'articles'")]
    [InlineData("days: 5", 11, "onbekende sleutel 'days'")]
    public void A_wrong_decision_term_is_refused_with_its_line(string term, int line, string message)
    {
        var result = Parse(Valid.Replace("  gift-limit:", $"  decision-term:\n    {term}\n  gift-limit:", StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_annual_report_threshold_counts_below_five_are_hidden_and_a_code_may_set_its_own()
    {
        var withThreshold = Valid.Replace("  gift-limit:", "  annual-report:\n    suppress-below: 10\n  gift-limit:", StringComparison.Ordinal);

        Assert.Equal(5, Parse(Valid).Policy!.SuppressionThreshold.SmallestShown);
        Assert.Equal(10, Parse(withThreshold).Policy!.SuppressionThreshold.SmallestShown);
    }

    [Theory]
    [InlineData("suppress-below: 2", 11, "'suppress-below' moet tussen 3 en 20 liggen")]
    [InlineData("suppress-below: vijf", 11, "'suppress-below' moet een geheel getal zijn")]
    [InlineData("below: 5", 11, "onbekende sleutel 'below'")]
    public void A_wrong_annual_report_threshold_is_refused_with_its_line(string threshold, int line, string message)
    {
        var result = Parse(Valid.Replace("  gift-limit:", $"  annual-report:\n    {threshold}\n  gift-limit:", StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("allowed: [keep, bewaren]\n    article: \"4.3\"", 11, "onbekende bestemming 'bewaren'")]
    [InlineData("allowed: [keep]\n    article: \"9.9\"", 12, "artikel '9.9' wordt geciteerd maar staat niet onder 'articles'")]
    [InlineData("allowed: [keep]", 11, "sleutel 'article' ontbreekt")]
    public void A_wrong_list_of_gift_destinations_is_refused_with_its_line(string destinations, int line, string message)
    {
        var result = Parse(Valid.Replace("  gift-limit:", $"  gift-destinations:\n    {destinations}\n  gift-limit:", StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_gift_destinations_the_manager_may_choose_each_and_a_code_may_narrow_them()
    {
        var narrowed = Valid.Replace("  gift-limit:", "  gift-destinations:\n    allowed: [raffle, display]\n    article: \"4.3\"\n  gift-limit:", StringComparison.Ordinal);

        Assert.Equal(Enum.GetValues<GiftDestination>(), Parse(Valid).Policy!.GiftDestinations.Allowed);
        Assert.Equal([GiftDestination.Raffle, GiftDestination.Display], Parse(narrowed).Policy!.GiftDestinations.Allowed);
        Assert.Equal("4.3", Parse(narrowed).Policy!.GiftDestinations.ArticleId);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_one_run()
    {
        var result = Parse("tenant: test\nrules: 5\narticles: {a: 1}\n");
        Assert.Contains(result.Errors, e => e.Line == 1 && e.Message == "sleutel 'name' ontbreekt in het bestand");
        Assert.Contains(result.Errors, e => e.Line == 2 && e.Message == "'rules' moet een lijst zijn");
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message == "'articles' moet een lijst zijn");
    }

    [Fact]
    public void A_duplicate_key_is_reported_with_its_line()
    {
        var result = Parse(Valid.Replace("verdict: rood", "verdict: rood\n    verdict: groen", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 27 && e.Message == "sleutel 'verdict' staat twee keer in dezelfde mapping");
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var result = Parse("tenant: test\nname: [unclosed\n");
        var error = Assert.Single(result.Errors);
        Assert.Contains("geen geldige YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_about_the_gift_value_needs_a_gift_limit()
    {
        var yaml = Valid[..Valid.IndexOf("parameters:", StringComparison.Ordinal)] + Valid[Valid.IndexOf("articles:", StringComparison.Ordinal)..];
        var result = Parse(yaml);
        Assert.Contains(result.Errors, e => e.Message.Contains("'parameters: gift-limit'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_catalog_with_one_invalid_file_does_not_load_at_all()
    {
        var root = Directory.CreateTempSubdirectory("loket-policies-");
        try
        {
            var good = Directory.CreateDirectory(Path.Combine(root.FullName, "test"));
            File.WriteAllText(Path.Combine(good.FullName, "1.yaml"), Valid);
            File.WriteAllText(Path.Combine(good.FullName, "2.yaml"), Valid.Replace("version: \"1\"", "version: \"2\"", StringComparison.Ordinal).Replace("verdict: rood", "verdict: paars", StringComparison.Ordinal));
            var error = Assert.Throws<PolicyLoadException>(() => PolicyCatalog.LoadDirectory(root.FullName));
            var problem = Assert.Single(error.Errors, e => e.Message.Contains("paars", StringComparison.Ordinal));
            Assert.EndsWith("2.yaml", problem.File, StringComparison.Ordinal);
            Assert.Contains(error.Errors, e => e.Message.Contains("twee versies van 2025-01-01", StringComparison.Ordinal)
                || e.File.EndsWith("2.yaml", StringComparison.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_tenant_must_match_its_folder_and_the_version_its_file_name()
    {
        var root = Directory.CreateTempSubdirectory("loket-policies-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "andere-gemeente"));
            File.WriteAllText(Path.Combine(folder.FullName, "7.yaml"), Valid);
            var error = Assert.Throws<PolicyLoadException>(() => PolicyCatalog.LoadDirectory(root.FullName));
            Assert.Contains(error.Errors, e => e.Line == 1 && e.Message.Contains("komt niet overeen met de map 'andere-gemeente'", StringComparison.Ordinal));
            Assert.Contains(error.Errors, e => e.Line == 3 && e.Message.Contains("bestandsnaam '7.yaml'", StringComparison.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_shipped_policy_file_is_valid()
    {
        foreach (var file in Directory.GetFiles(Repository.Policies, "*.yaml", SearchOption.AllDirectories))
        {
            var result = PolicyFile.Load(file);
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
        }
    }
}
