using Loket.Web.Meldpunt.Exclusion;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>The ways of writing a name that used to let a named officer read the report (issue 13.1).</summary>
public sealed class NameMatcherTests
{
    private static readonly Candidate Iris = new(Guid.Parse("00000000-0000-0000-0000-000000000001"), ["Iris Integriteit"], ["1004", "integriteit@leiden", "integriteit", "iris.integriteit@leiden.nl", "iris.integriteit"]);
    private static readonly Candidate Mark = new(Guid.Parse("00000000-0000-0000-0000-000000000002"), ["Mark Manager"], ["1002", "manager@leiden", "manager"]);
    private static readonly Candidate Rene = new(Guid.Parse("00000000-0000-0000-0000-000000000003"), ["René van der Wal"], ["1010"]);
    private static readonly Candidate Desk = new(Guid.Parse("00000000-0000-0000-0000-000000000004"), ["Daan Meldpunt Leidse regio"], ["meldpunt@leidse-regio", "meldpunt"]);
    private static readonly Candidate[] People = [Iris, Mark, Rene, Desk];

    public static TheoryData<string, string, string> Named => new()
    {
        { "Iris Integriteit", "Iris", "Certain" },
        { "iris integriteit", "Iris", "Certain" },
        { "Iris Integriteit (coördinator)", "Iris", "Certain" },
        { "Iris Integriteit - integriteitscoördinator", "Iris", "Certain" },
        { "I. Integriteit", "Iris", "Possible" },
        { "I.I.", "Iris", "Possible" },
        { "Iris", "Iris", "Possible" },
        { "mevrouw Integriteit", "Iris", "Possible" },
        { "Iris Integritiet", "Iris", "Possible" },
        { "Irsi Integriteit", "Iris", "Possible" },
        { "Rene van der Wal", "Rene", "Certain" },
        { "R. v.d. Wal", "Rene", "Possible" },
        { "integriteit@leiden", "Iris", "Certain" },
        { "iris.integriteit", "Iris", "Certain" },
        { "1004", "Iris", "Certain" },
        { "personeelsnummer 1004", "Iris", "Possible" },
        { "meldpunt@leidse-regio", "Desk", "Certain" },
        { "Daan van het meldpunt", "Desk", "Possible" },
    };

    [Theory, MemberData(nameof(Named))]
    public void A_name_written_any_way_finds_the_person(string typed, string who, string kind)
    {
        var match = Assert.Single(NameMatcher.MatchNamed(typed, People), m => m.Id == Person(who).Id);
        Assert.Equal(kind, match.Kind.ToString());
    }

    [Fact]
    public void Two_names_on_one_line_find_both()
    {
        var found = NameMatcher.MatchNamed("Iris Integriteit Mark Manager", People).Select(m => m.Id).ToHashSet();
        Assert.Equal([Iris.Id, Mark.Id], found);
    }

    [Theory]
    [InlineData("Iris Integriteit, Mark Manager")]
    [InlineData("Iris Integriteit en Mark Manager")]
    [InlineData("Iris Integriteit / Mark Manager")]
    [InlineData("Iris Integriteit\nMark Manager")]
    public void Names_separated_by_commas_en_or_lines_are_each_certain(string typed)
    {
        var found = NameMatcher.MatchNamed(typed, People);
        Assert.Equal(2, found.Count);
        Assert.All(found, m => Assert.Equal(MatchKind.Certain, m.Kind));
    }

    [Theory]
    [InlineData("Ik zag dat Iris het geld aannam.", "Iris")]
    [InlineData("Ik heb het aan mevrouw Integritiet verteld.", "Iris")]
    [InlineData("Mail van iris.integriteit@leiden.nl doorgestuurd.", "Iris")]
    [InlineData("Daarna ging ik naar Rene.", "Rene")]
    public void A_name_only_in_the_text_makes_the_person_possibly_meant(string text, string who)
    {
        var match = Assert.Single(NameMatcher.MatchText(text, People));
        Assert.Equal(Person(who).Id, match.Id);
        Assert.Equal(MatchKind.Possible, match.Kind);
    }

    [Theory]
    [InlineData("Jan Jansen van Burgerzaken")]
    [InlineData("de coördinator")]
    [InlineData("Ivo")]
    [InlineData("Marieke")]
    public void Someone_else_matches_nobody(string typed) => Assert.Empty(NameMatcher.MatchNamed(typed, People));

    [Theory]
    [InlineData("Een ambtenaar laat zich betalen voor een snellere vergunning.")]
    [InlineData("Vergunningen gaan voor bij wie betaalt.")]
    public void A_text_without_names_matches_nobody(string text) => Assert.Empty(NameMatcher.MatchText(text, People));

    [Theory]
    [InlineData("integriteit", "integritiet", 1)]
    [InlineData("iris", "irsi", 1)]
    [InlineData("integriteit", "integrteit", 1)]
    [InlineData("integriteit", "intgriteet", 2)]
    [InlineData("mark", "mila", 3)]
    public void Distance_counts_edits_and_swaps(string a, string b, int expected) => Assert.Equal(expected, NameText.Distance(a, b, 3));

    private static Candidate Person(string who) => People.Single(p => p.Names[0].StartsWith(who, StringComparison.Ordinal) || (who == "Rene" && p == Rene) || (who == "Desk" && p == Desk));
}
