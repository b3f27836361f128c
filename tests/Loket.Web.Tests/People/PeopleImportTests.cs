using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

public sealed class PeopleImportTests
{
    private const string Header = "personeelsnummer;naam;email;dienstverband;startdatum;einddatum;afdeling;afdelingsnaam;bovenliggende_afdeling;functie;functienaam;aangewezen_functie;topfunctionaris;leidinggevende";

    private static string ValidFile(string prefix) => $"""
        {Header}
        {prefix}1;Piet Planoloog;piet@example.org;ambtenaar;2026-01-01;;RUI-PL;Team Planologie;RUI;PL;Planoloog;nee;nee;1002
        {prefix}2;"Klaar, Karin";;inhuurkracht;01-02-2026;2026-12-31;RUI-PL;;;PL;;nee;nee;{prefix}1
        {prefix}3;Dirk Directeur;;ambtenaar;2025-05-01;;DIR;;;DIR2;Concerndirecteur;ja;ja;1001
        """;

    [Theory, OnSqlite, OnPostgres]
    public async Task An_administrator_imports_people_and_a_second_import_of_the_same_file_changes_nothing(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("alphen-aan-den-rijn", "beheerder");

        var first = await UploadAsync(client, ValidFile("9"));
        var auditAfterFirst = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action != "Login"));
        var second = await UploadAsync(client, ValidFile("9"));
        var auditAfterSecond = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action != "Login"));

        Assert.Contains("3 nieuw, 0 gewijzigd, 0 ongewijzigd", first, StringComparison.Ordinal);
        Assert.Contains("0 nieuw, 0 gewijzigd, 3 ongewijzigd", second, StringComparison.Ordinal);
        Assert.Equal(auditAfterFirst, auditAfterSecond);
        var karin = await app.WithDbAsync(db => db.Employees.Include(e => e.Manager).Include(e => e.OrgUnit).SingleAsync(e => e.EmployeeNumber == "92"), "alphen-aan-den-rijn");
        Assert.Equal("Klaar, Karin", karin.Name);
        Assert.Equal("Piet Planoloog", karin.Manager!.Name);
        Assert.Equal("Team Planologie", karin.OrgUnit!.Name);
        Assert.Equal(new DateOnly(2026, 12, 31), karin.EndDate);
        var director = await app.WithDbAsync(db => db.JobFunctions.SingleAsync(f => f.Code == "DIR2"), "alphen-aan-den-rijn");
        Assert.True(director.TopOfficial && director.DesignatedForFinancialInterests);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_file_with_errors_imports_nothing_and_names_each_line(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "hr");
        var before = await app.WithDbAsync(db => db.Employees.CountAsync(), "leiden");

        var page = await UploadAsync(client, $"""
            {Header}
            8001;Goed Gevuld;;ambtenaar;2026-01-01;;;;;;;;;
            8002;Fout Datum;;ambtenaar;31-31-2026;;;;;;;;;
            ;Geen Nummer;;zzp;2026-01-01;;;;;;;;;
            8004;Onbekende Baas;;stagiair;2026-01-01;;;;;;;;;9999
            """);

        Assert.True(page.Contains("Er is niets geïmporteerd", StringComparison.Ordinal), page);
        Assert.Contains("Regel 3: startdatum '31-31-2026' is geen datum", page, StringComparison.Ordinal);
        Assert.Contains("Regel 4: personeelsnummer ontbreekt.", page, StringComparison.Ordinal);
        Assert.Contains("Regel 4: dienstverband 'zzp' is onbekend", page, StringComparison.Ordinal);
        Assert.Contains("Regel 5: leidinggevende met personeelsnummer '9999' bestaat niet.", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Employees.CountAsync(), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Two_people_who_manage_each_other_or_a_unit_under_itself_import_nothing(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiderdorp", "beheerder");
        var before = await app.WithDbAsync(db => db.Employees.CountAsync(), "leiderdorp");

        var page = await UploadAsync(client, $"""
            {Header}
            8101;Anna Eerste;;ambtenaar;2026-01-01;;LUS-A;Team A;LUS-B;;;;;8102
            8102;Bert Tweede;;ambtenaar;2026-01-01;;LUS-B;Team B;LUS-A;;;;;8101
            8103;Cor Zelf;;ambtenaar;2026-01-01;;;;;;;;;8103
            """);

        Assert.True(page.Contains("Er is niets geïmporteerd", StringComparison.Ordinal), page);
        Assert.Contains("Regel 2: 8101 → 8102 → 8101: iemand kan niet (via anderen) zijn eigen leidinggevende zijn.", page, StringComparison.Ordinal);
        Assert.Contains("Regel 3: 8102 → 8101 → 8102:", page, StringComparison.Ordinal);
        Assert.Contains("Regel 4: iemand kan niet zijn of haar eigen leidinggevende zijn.", page, StringComparison.Ordinal);
        Assert.Contains("Regel 2: afdeling LUS-A → LUS-B → LUS-A: een afdeling kan niet (via andere) onder zichzelf vallen.", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Employees.CountAsync(), "leiderdorp"));
    }

    [Theory]
    [InlineData("\n\n", "Regel 1: het bestand is leeg")]
    [InlineData("naam;personeelsnummer\n", "Regel 1: de verplichte kolom 'dienstverband' ontbreekt.")]
    [InlineData("personeelsnummer;naam;dienstverband;startdatum;salaris\n1;a;ambtenaar;2026-01-01;10\n", "Regel 1: onbekende kolom 'salaris'")]
    [InlineData("personeelsnummer,naam,dienstverband,startdatum\n1,a,ambtenaar,2026-01-01\n1,b,ambtenaar,2026-01-01\n", "Regel 3: personeelsnummer 1 staat ook op regel 2.")]
    public async Task Malformed_files_get_a_clear_dutch_error(string content, string expected)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "beheerder");

        Assert.Contains(expected, await UploadAsync(client, content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_without_a_file_asks_for_one()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "beheerder");

        var response = await client.PostFormAsync("/beheer/import", "main form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een CSV-bestand", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static async Task<string> UploadAsync(LoketClient client, string csv)
    {
        var (_, page) = await client.GetPageAsync("/beheer/import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "medewerkers.csv");
        var response = await client.Http.PostAsync("/beheer/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main")!.TextContent;
    }
}
