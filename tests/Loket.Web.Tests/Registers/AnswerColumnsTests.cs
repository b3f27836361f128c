using System.IO.Compression;
using System.Text.RegularExpressions;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Registers;

// Every answer of the form is a column of the register page and of both exports; the gift's value is a
// number a spreadsheet adds up, and the dates are dates.
public sealed class AnswerColumnsTests
{
    private const string ValueQuestion = "Wat is de geschatte waarde in euro's?";

    [Theory, OnSqlite, OnPostgres]
    public async Task The_gifts_value_and_answers_are_columns_on_the_page_and_in_both_exports(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("s-hertogenbosch", "medewerker");
        var subject = $"Kaasplank {Guid.NewGuid():N}"[..22];
        await SubmitGiftAsync(mila, subject, value: "12,50");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");

        var (_, page) = await iris.GetPageAsync($"/registers/geschenken?q={subject}");
        var headers = page.QuerySelectorAll("main table thead th").Select(th => th.TextContent.Trim()).ToList();
        var cells = page.QuerySelectorAll("main table tbody tr").Single().Children.Select(td => td.TextContent.Trim()).ToList();
        var csv = CsvRecords.Read(new StringReader(await iris.Http.GetStringAsync($"/registers/geschenken/export.csv?q={subject}"))).ToList();
        using var xlsx = new ZipArchive(await iris.Http.GetStreamAsync($"/registers/geschenken/export.xlsx?q={subject}"));
        using var reader = new StreamReader(xlsx.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = reader.ReadToEnd();

        Assert.Equal("€ 12,50", cells[headers.IndexOf(ValueQuestion)]);
        Assert.Equal("Aangenomen", cells[headers.IndexOf("Heb je het geschenk aangenomen, geweigerd, of is het aangeboden of beloofd?")]);
        Assert.Equal("Weet ik niet", cells[headers.IndexOf("Is het een kerstpakket?")]);
        var csvHeader = csv[0].Fields.ToArray();
        var csvRow = csv[1].Fields.ToArray();
        Assert.Equal("12,50", csvRow[Array.IndexOf(csvHeader, ValueQuestion)]);
        Assert.Equal("Aangenomen", csvRow[Array.IndexOf(csvHeader, "Heb je het geschenk aangenomen, geweigerd, of is het aangeboden of beloofd?")]);
        // Submitted at 10:00 UTC on 25 November 2026: 11:00 in the Netherlands, in ISO 8601.
        Assert.Equal("2026-11-25 11:00", csvRow[Array.IndexOf(csvHeader, "Ingediend")]);
        // A number cell (t="n" or none; not "s", "str" or "inlineStr"): 12.50 euros, which a sum adds up.
        var cell = Regex.Match(sheet, "<(x:)?c r=\"[A-Z]+2\"(?<attributes>[^>]*)><(x:)?v>12\\.50?</");
        Assert.True(cell.Success, sheet[Math.Max(0, sheet.IndexOf("12", StringComparison.Ordinal) - 300)..]);
        Assert.DoesNotMatch("t=\"(s|str|inlineStr)\"", cell.Groups["attributes"].Value);
    }
}
