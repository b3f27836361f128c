namespace Loket.Policy.Tests.Loading;

// What an integrity officer reads before approving a new version: the changes in terms of the code,
// computed from the two compiled versions. Proven on the worked change of docs/policies.md (the fixture
// municipality "voorbeeld" raises its gift limit) and on edits of that file.
public class PolicyDifferenceTests
{
    private static readonly string First = File.ReadAllText(Repository.TestFile("Fixtures", "policies", "voorbeeld", "1.yaml"));
    private static readonly string Second = File.ReadAllText(Repository.TestFile("Fixtures", "policies", "voorbeeld", "2.yaml"));

    [Fact]
    public void A_raised_gift_limit_reads_as_the_old_and_new_amount_under_its_article()
    {
        var lines = Lines(First, Second);

        Assert.Contains("Voorbeeld 4.3: grens € 50 → € 75", lines);
        Assert.Contains("Voorbeeld 4.3: woorden van de grens “minder dan € 50” → “minder dan € 75”", lines);
        Assert.Contains(lines, l => l.StartsWith("Voorbeeld 4.3: citaat “Je neemt geen geschenken aan", StringComparison.Ordinal) && l.EndsWith("minder dan € 75 is.”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Voorbeeld 4.3: regel 'gift-over-limit': uitleg ", StringComparison.Ordinal));
        Assert.Contains("Voorbeeld: datum van het document “1-1-2025” → “25-11-2026”", lines);
        // Nothing else changed: no rule, verdict or obligation appears as changed.
        Assert.DoesNotContain(lines, l => l.Contains("oordeel", StringComparison.Ordinal) || l.Contains("verplichting", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_version_reformatted_has_no_differences()
    {
        var reformatted = string.Join('\n', First.Split('\n').Select(l => l.TrimEnd())) + "\n\n# alleen opmaak\n";
        Assert.Empty(Lines(First, reformatted));
    }

    [Fact]
    public void A_changed_verdict_and_obligations_an_added_and_a_removed_rule_are_each_named()
    {
        var edited = Second
            .Replace("    verdict: rood\n    obligations: [refuse]\n    article: \"4.3\"\n    explanation: \"Voorbeeld staat", "    verdict: oranje\n    obligations: [discuss-with-manager]\n    article: \"4.3\"\n    explanation: \"Voorbeeld staat", StringComparison.Ordinal)
            .Replace("  - id: gift-money\n", "  - id: gift-cash\n", StringComparison.Ordinal);

        var lines = Lines(Second, edited);

        Assert.Contains("Voorbeeld 4.3: regel 'gift-over-limit': oordeel rood → oranje", lines);
        Assert.Contains("Voorbeeld 4.3: regel 'gift-over-limit': verplichting erbij: Bespreken met je leidinggevende", lines);
        Assert.Contains("Voorbeeld 4.3: regel 'gift-over-limit': verplichting vervalt: Weigeren", lines);
        Assert.Contains("Voorbeeld 4.3: regel 'gift-cash' erbij (geschenk, als form = money): rood, Weigeren", lines);
        Assert.Contains("Voorbeeld 4.3: regel 'gift-money' (geschenk) vervalt; hij gaf: rood, Weigeren", lines);
    }

    [Fact]
    public void Amounts_are_written_as_the_codes_write_them()
    {
        Assert.Equal("€ 50", PolicyDifference.Euro(50m));
        Assert.Equal("€ 49,99", PolicyDifference.Euro(49.99m));
    }

    private static List<string> Lines(string before, string after)
    {
        var old = PolicyFile.Parse(before, "1.yaml");
        var @new = PolicyFile.Parse(after, "2.yaml");
        Assert.Empty(old.Errors);
        Assert.Empty(@new.Errors);
        return [.. PolicyDifference.Between(old.Policy!, @new.Policy!).Select(c => c.Line(@new.Policy!.TenantName))];
    }
}
