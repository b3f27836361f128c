using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Tests.Dates;

public sealed class DutchDateTests
{
    [Theory]
    [InlineData("1", "2", "2027", "2027-02-01")]
    [InlineData("01", "02", "2027", "2027-02-01")]
    [InlineData(" 6 ", "12", "2026", "2026-12-06")]
    [InlineData("29", "2", "2028", "2028-02-29")]
    [InlineData("30", "4", "2027", "2027-04-30")]
    [InlineData("6", "december", "2026", "2026-12-06")]
    [InlineData("6", "dec", "2026", "2026-12-06")]
    [InlineData("1", "mrt", "2027", "2027-03-01")]
    public void Three_boxes_are_read_as_day_month_and_year(string day, string month, string year, string expected)
    {
        var result = DutchDate.FromParts(day, month, year);

        Assert.Null(result.Error);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Date);
    }

    [Theory]
    [InlineData("31", "4", "2027", "31 april 2027 bestaat niet.")]
    [InlineData("29", "2", "2027", "29 februari 2027 bestaat niet.")]
    [InlineData("31", "2", "2027", "31 februari 2027 bestaat niet.")]
    [InlineData("0", "2", "2027", "De dag moet tussen 1 en 31 liggen.")]
    [InlineData("32", "1", "2027", "De dag moet tussen 1 en 31 liggen.")]
    [InlineData("1", "0", "2027", "De maand moet tussen 1 en 12 liggen.")]
    [InlineData("1", "13", "2027", "De maand moet tussen 1 en 12 liggen.")]
    [InlineData("1", "2", "72027", "Het jaar moet vier cijfers hebben, bijvoorbeeld 2027.")]
    [InlineData("1", "2", "27", "Het jaar moet vier cijfers hebben, bijvoorbeeld 2027.")]
    [InlineData("1", "2", "9999", "Vul een jaar tussen 1900 en 2100 in.")]
    [InlineData("een", "2", "2027", "De dag moet een getal zijn, bijvoorbeeld 6.")]
    [InlineData("1", "feb!", "2027", "De maand moet een getal zijn, bijvoorbeeld 12.")]
    [InlineData("1", "2", "2o27", "Het jaar moet een getal zijn, bijvoorbeeld 2027.")]
    [InlineData("-1", "2", "2027", "De dag moet een getal zijn, bijvoorbeeld 6.")]
    [InlineData("", "2", "2027", "Vul een dag in.")]
    [InlineData("1", "", "2027", "Vul een maand in.")]
    [InlineData("1", "2", "", "Vul een jaar in.")]
    [InlineData("", "", "2027", "Vul een dag en maand in.")]
    public void A_wrong_date_is_refused_with_what_to_fix_in_dutch(string day, string month, string year, string error)
    {
        var result = DutchDate.FromParts(day, month, year);

        Assert.Null(result.Date);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Three_empty_boxes_are_no_date_and_no_error() =>
        Assert.Equal(DutchDate.Result.Empty, DutchDate.FromParts("", " ", null));

    [Theory]
    [InlineData("6-12-2026", "2026-12-06")]
    [InlineData("06-12-2026", "2026-12-06")]
    [InlineData("6/12/2026", "2026-12-06")]
    [InlineData("6.12.2026", "2026-12-06")]
    [InlineData("6 12 2026", "2026-12-06")]
    [InlineData("6 december 2026", "2026-12-06")]
    [InlineData("1-2-2027", "2027-02-01")]
    [InlineData("2027-02-01", "2027-02-01")]
    public void One_text_is_read_the_dutch_way_day_first_or_as_iso(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DutchDate.FromText(text).Date);

    [Theory]
    [InlineData("72027-02-01", "Het jaar moet vier cijfers hebben, bijvoorbeeld 2027.")]
    [InlineData("31-2-2027", "31 februari 2027 bestaat niet.")]
    [InlineData("morgen", "Vul de datum in als dag, maand en jaar, bijvoorbeeld 6-12-2026.")]
    [InlineData("12/31/2026", "De maand moet tussen 1 en 12 liggen.")]
    public void A_text_that_is_no_dutch_date_is_refused_in_dutch(string text, string error) =>
        Assert.Equal(error, DutchDate.FromText(text).Error);
}
