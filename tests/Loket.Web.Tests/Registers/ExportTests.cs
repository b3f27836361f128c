using System.IO.Compression;
using System.Net;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Registers;

public sealed class ExportTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_register_exports_as_an_xlsx_workbook_with_the_filtered_rows(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("s-hertogenbosch", "medewerker");
        var subject = $"Agenda {Guid.NewGuid():N}"[..20];
        await SubmitGiftAsync(mila, subject, giver: "=1+1");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");

        var response = await iris.Http.GetAsync($"/registers/geschenken/export.xlsx?q={subject}");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var sheets = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(subject, sheets, StringComparison.Ordinal);
        // Text with the apostrophe (XML may write it as &apos;), never a formula element.
        Assert.Matches("(&apos;|')=1\\+1", sheets);
        Assert.DoesNotContain("<f>", sheets, StringComparison.Ordinal);
        Assert.DoesNotContain("<x:f>", sheets, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+31 6", "'+31 6")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zeg \"ja\"", "\"zeg \"\"ja\"\"\"")]
    [InlineData("gewoon", "gewoon")]
    public void A_csv_cell_is_quoted_and_never_starts_a_formula(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Cell(value));
}
