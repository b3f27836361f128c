using Loket.Web.Declarations;

namespace Loket.Web.Tests.Declarations;

public sealed class EuroAmountTests
{
    [Theory]
    [InlineData("35", 35)]
    [InlineData("€ 35", 35)]
    [InlineData("€35", 35)]
    [InlineData("35,-", 35)]
    [InlineData("35,00", 35)]
    [InlineData("€ 35,00", 35)]
    [InlineData("35,5", 35.5)]
    [InlineData("12,50", 12.5)]
    [InlineData("1.250,00", 1250)]
    [InlineData("€ 1.250", 1250)]
    [InlineData("1250", 1250)]
    [InlineData("35 euro", 35)]
    [InlineData("EUR 35", 35)]
    [InlineData("  40  ", 40)]
    [InlineData("0", 0)]
    public void Amounts_as_Dutch_people_type_them_are_read(string typed, decimal euros) =>
        Assert.Equal(euros, EuroAmount.Parse(typed).Euros);

    [Theory]
    [InlineData("35.50", "komma voor de centen")]
    [InlineData("1,250", "komma voor de centen")]
    [InlineData("1.25", "komma voor de centen")]
    [InlineData("12,505", "komma voor de centen")]
    [InlineData("1.2500", "komma voor de centen")]
    [InlineData("veel", "bedrag in euro's")]
    [InlineData("-5", "bedrag in euro's")]
    [InlineData("35 of 40", "bedrag in euro's")]
    [InlineData("€", "bedrag in euro's")]
    public void Ambiguous_or_junk_amounts_are_refused_with_a_Dutch_message(string typed, string message)
    {
        var parsed = EuroAmount.Parse(typed);

        Assert.Null(parsed.Euros);
        Assert.Contains(message, parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(35, "€ 35")]
    [InlineData(12.5, "€ 12,50")]
    [InlineData(1250, "€ 1.250")]
    [InlineData(1250.75, "€ 1.250,75")]
    public void Amounts_are_shown_the_Dutch_way(decimal euros, string shown) =>
        Assert.Equal(shown, EuroAmount.Format(euros));
}
