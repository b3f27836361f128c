using Loket.Web.Registers;

namespace Loket.Web.Tests.Registers;

// Spellings of one giver are one giver; two firms that share a trade, a family name or one word are not.
public sealed class GiverNamesTests
{
    [Theory]
    [InlineData("Bouwbedrijf De Vries B.V.", "De Vries Bouw")]
    [InlineData("De Vries Bouw", "de vries bouw b.v.")]
    [InlineData("DE VRIES BOUW BV", "De Vries Bouw, V.O.F.")]
    [InlineData("Aannemersbedrijf Hendrikx", "Hendriks Bouw")]
    [InlineData("Janssen Installatietechniek B.V.", "Jansen Installaties")]
    [InlineData("Van den Berg Advies", "Vandenberg Adviesbureau")]
    [InlineData("Café Het Hoekje", "Cafe 't Hoekje")]
    [InlineData("Bijl Catering", "Byl catering V.O.F.")]
    [InlineData("Wijnkoperij Vermeulen", "Wijnkoperij Vermeulem Holding")]
    [InlineData("Albert Heijn Leiden", "Albert Heijn")]
    [InlineData("Groep Smeets N.V.", "Smeets")]
    [InlineData("De Vries", "De Vries Bouw")]
    public void Spellings_of_one_giver_are_one_giver(string first, string second)
    {
        Assert.True(GiverNames.SameGiver(first, second), $"{first} / {second}");
        Assert.True(GiverNames.SameGiver(second, first), $"{second} / {first}");
    }

    [Theory]
    [InlineData("De Vries Bouw", "Jansen Bouw")]
    [InlineData("De Vries Bouw", "De Vries Installatietechniek")]
    [InlineData("Jansen Bouw", "Jensen Bouw")]
    [InlineData("Smit Transport", "Smits Transport")]
    [InlineData("Gemeente Leiden", "Gemeente Leiderdorp")]
    [InlineData("Rabobank Leiden", "Rabobank")]
    [InlineData("Bouwbedrijf B.V.", "Bouwbedrijf De Vries B.V.")]
    [InlineData("Van Dam Advocaten", "Van Dam Accountants")]
    [InlineData("Bakkerij De Kroon", "Slagerij De Kroon")]
    public void Different_givers_stay_apart(string first, string second)
    {
        Assert.False(GiverNames.SameGiver(first, second), $"{first} / {second}");
        Assert.False(GiverNames.SameGiver(second, first), $"{second} / {first}");
    }

    [Fact]
    public void A_name_without_a_trade_does_not_chain_two_trades_into_one_giver()
    {
        var groups = GiverNames.Group(["De Vries Bouw", "De Vries", "De Vries Installaties", "Bouwbedrijf De Vries B.V.", "Jansen Bouw", "JANSEN BOUW "]);

        Assert.Equal(
            [["De Vries Bouw", "De Vries", "Bouwbedrijf De Vries B.V."], ["De Vries Installaties"], ["Jansen Bouw", "JANSEN BOUW "]],
            groups.Select(g => g.ToArray()).ToArray());
    }
}
