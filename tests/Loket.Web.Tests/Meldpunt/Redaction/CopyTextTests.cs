using Loket.Web.Meldpunt.Redaction;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>What the officer hides: whole words, everywhere they stand, with one marker that says nothing about their length.</summary>
public sealed class CopyTextTests
{
    private const string Text = "Piet de Vries gaf Pieter een envelop. Later zag Piet het geld.\nBel Piet: piet@voorbeeld.nl.";

    [Fact]
    public void A_ticked_name_is_hidden_everywhere_as_a_whole_word_and_a_longer_name_stays()
    {
        var copy = CopyText.Make(Text, new Choices(["Piet"], null, null), new ForcedTerms()).Redaction!;

        Assert.Equal("[weggelakt] de Vries gaf Pieter een envelop. Later zag [weggelakt] het geld.\nBel [weggelakt]: [weggelakt]@voorbeeld.nl.", copy.Text);
    }

    [Fact]
    public void A_range_inside_a_word_hides_the_whole_word_and_every_other_place_it_stands()
    {
        // 1-3 is "ie" of the first "Piet".
        var copy = CopyText.Make(Text, new Choices([], null, "1-3"), new ForcedTerms()).Redaction!;

        Assert.DoesNotContain("Piet ", copy.Text, StringComparison.Ordinal);
        Assert.StartsWith("[weggelakt] de Vries", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjacent_hidden_words_become_one_marker_so_the_copy_does_not_count_them()
    {
        var copy = CopyText.Make(Text, new Choices(["Piet", "de Vries"], null, null), new ForcedTerms()).Redaction!;

        Assert.StartsWith("[weggelakt] gaf Pieter", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_matches_whatever_its_case_accents_and_spacing()
    {
        var copy = CopyText.Make(Text, new Choices([], "LATER   zag piet  HET géld", null), new ForcedTerms()).Redaction!;

        Assert.Contains("envelop. [weggelakt].", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_that_is_not_in_the_text_and_a_bad_range_are_refused_with_the_reason()
    {
        var result = CopyText.Make(Text, new Choices([], "Jan Jansen", "40-20, abc, 10-9999"), new ForcedTerms());

        Assert.Null(result.Redaction);
        Assert.Contains(result.Errors, e => e.Field == "passages" && e.Message.StartsWith("Deze passage staat niet in de tekst: ‘Jan Jansen’", StringComparison.Ordinal));
        Assert.Equal(3, result.Errors.Count(e => e.Field == "ranges"));
    }

    [Fact]
    public void The_suggestions_offer_names_addresses_phones_and_dates_once_each()
    {
        var found = Suggestions.For("Op 3 maart 2026 belde Jan de Vries (06-12345678, jan@x.nl). Jan de Vries kwam op 4-3-2026.", ["Jan de Vries"]);

        Assert.Contains(found, s => s.Text == "Jan de Vries" && s.Kind == "naam" && s.Count == 2);
        Assert.Contains(found, s => s.Text == "06-12345678" && s.Kind == "telefoonnummer");
        Assert.Contains(found, s => s.Text == "jan@x.nl" && s.Kind == "e-mailadres");
        Assert.Contains(found, s => s.Text == "3 maart 2026" && s.Kind == "datum");
        Assert.Contains(found, s => s.Text == "4-3-2026" && s.Kind == "datum");
    }
}
