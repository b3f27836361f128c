using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Dates;

/// <summary>
/// A declaration made at 05:50 in the Netherlands shows 05:50 on its page and in both exports, in
/// winter (UTC+1) and in summer (UTC+2), on a server that runs in UTC.
/// </summary>
public sealed class DutchTimeInPagesTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_declaration_made_at_ten_to_six_dutch_time_shows_05_50_on_its_page_and_in_the_exports_in_winter_and_summer(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var token = Guid.NewGuid().ToString("N")[..12];
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 4, 50, 0, TimeSpan.Zero));
        var winter = await SubmitAsAsync(app, $"Kalender {token} winter");
        app.Time.SetUtcNow(new DateTimeOffset(2027, 7, 1, 3, 50, 0, TimeSpan.Zero));
        var summer = await SubmitAsAsync(app, $"Kalender {token} zomer");

        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("s-hertogenbosch", "medewerker");
        var (_, winterPage) = await mila.GetPageAsync($"/meldingen/{winter}");
        var (_, summerPage) = await mila.GetPageAsync($"/meldingen/{summer}");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        var csv = await iris.Http.GetStringAsync($"/registers/geschenken/export.csv?q={token}");
        var xlsx = await iris.Http.GetAsync($"/registers/geschenken/export.xlsx?q={token}");
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheet = Read(zip, "xl/worksheets/sheet1.xml");
        var styles = Read(zip, "xl/styles.xml");

        Assert.Equal("7-12-2026 05:50", Submitted(winterPage));
        Assert.Equal("1-7-2027 05:50", Submitted(summerPage));
        Assert.Contains(";2026-12-07 05:50;", csv, StringComparison.Ordinal);
        Assert.Contains(";2027-07-01 05:50;", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        // Real Excel dates: the serial number of the Dutch moment, in a cell with a date format.
        Assert.Matches(NumberCell(new DateTime(2026, 12, 7, 5, 50, 0)), sheet);
        Assert.Matches(NumberCell(new DateTime(2027, 7, 1, 5, 50, 0)), sheet);
        Assert.Contains("formatCode=\"d-m-yyyy hh:mm\"", styles, StringComparison.Ordinal);
    }

    private static async Task<Guid> SubmitAsAsync(LoketApp app, string subject)
    {
        // A fresh sign-in: months later the earlier cookie has long expired.
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("s-hertogenbosch", "medewerker");
        return await SubmitGiftAsync(mila, subject);
    }

    private static string Submitted(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Ingediend").NextElementSibling!.TextContent;

    /// <summary>A styled cell without t="str" holding the date's serial number (days since 1900, the time as a fraction).</summary>
    private static string NumberCell(DateTime moment) =>
        $"<(x:)?c r=\"[A-Z]+[0-9]+\" s=\"[0-9]+\"><(x:)?v>{Regex.Escape(moment.ToOADate().ToString(CultureInfo.InvariantCulture))}</";

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
