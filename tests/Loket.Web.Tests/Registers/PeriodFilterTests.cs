using System.IO.Compression;
using System.Net;
using Loket.Web.Declarations;
using Loket.Web.People;
using Loket.Web.Tests.Declarations;
using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.Registers;

// A period is Dutch days: 23:30 on New Year's Eve in the Netherlands belongs to the old year, 00:30 to the new one,
// whatever UTC says; the page, the CSV and the XLSX answer with the same rows, searched or not.
public sealed class PeriodFilterTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_year_and_a_range_of_dutch_days_give_the_same_gifts_on_the_page_and_in_both_exports(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var marker = $"Periode{Guid.NewGuid():N}"[..17];
        var giver = $"Leverancier {marker}";
        var gifts = await app.WithDbAsync(async db =>
        {
            var person = new Employee { EmployeeNumber = $"PF-{Guid.NewGuid():N}"[..20], Name = $"Petra {marker}", StartDate = new DateOnly(2020, 1, 1) };
            db.Employees.Add(person);
            await db.SaveChangesAsync();
            var made = new Dictionary<string, EmployeeDeclaration>
            {
                // 23:30 on 31 December 2025 in the Netherlands (UTC+1).
                ["oudjaar"] = Gift(person, $"Oliebollen {marker} oudjaar", giver, new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero)),
                // 00:30 on 1 January 2026.
                ["nieuwjaar"] = Gift(person, $"Champagne {marker} nieuwjaar", giver, new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero)),
                // 23:59 on 30 June 2026 (UTC+2), and midnight after it.
                ["juni"] = Gift(person, $"Taart {marker} juni", giver, new DateTimeOffset(2026, 6, 30, 21, 59, 0, TimeSpan.Zero)),
                ["juli"] = Gift(person, $"Bloemen {marker} juli", giver, new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero)),
            };
            db.Declarations.AddRange(made.Values);
            await db.SaveChangesAsync();
            return made.ToDictionary(m => m.Key, m => m.Value.Id);
        }, "leiderdorp");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        async Task<string[]> FoundAsync(string filter)
        {
            var (response, page) = await iris.GetPageAsync($"/registers/geschenken?{filter}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var ids = page.QuerySelectorAll("main table tbody a[href^='/meldingen/']").Select(a => Guid.Parse(a.GetAttribute("href")!["/meldingen/".Length..])).ToHashSet();
            var csv = await iris.Http.GetStringAsync($"/registers/geschenken/export.csv?{filter}");
            using var xlsx = new ZipArchive(await iris.Http.GetStreamAsync($"/registers/geschenken/export.xlsx?{filter}"));
            var sheets = string.Concat(xlsx.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
            var onPage = gifts.Where(g => ids.Contains(g.Value)).Select(g => g.Key).Order().ToArray();
            Assert.Equal(onPage, gifts.Keys.Where(k => csv.Contains($"{marker} {k}", StringComparison.Ordinal)).Order().ToArray());
            Assert.Equal(onPage, gifts.Keys.Where(k => sheets.Contains($"{marker} {k}", StringComparison.Ordinal)).Order().ToArray());
            return onPage;
        }

        foreach (var narrowed in new[] { $"q={marker}", $"gever={Uri.EscapeDataString(giver)}" })
        {
            Assert.Equal(["juli", "juni", "nieuwjaar", "oudjaar"], await FoundAsync(narrowed));
            Assert.Equal(["oudjaar"], await FoundAsync($"{narrowed}&jaar=2025"));
            Assert.Equal(["juli", "juni", "nieuwjaar"], await FoundAsync($"{narrowed}&jaar=2026"));
            // Typed in the boxes, as the page's form sends them.
            Assert.Equal(["juni", "nieuwjaar"], await FoundAsync($"{narrowed}&van.Day=1&van.Month=1&van.Year=2026&tot.Day=30&tot.Month=6&tot.Year=2026"));
            // As the page's own links write them, and a year with a range: the days both cover.
            Assert.Equal(["juni", "nieuwjaar"], await FoundAsync($"{narrowed}&jaar=2026&tot=2026-06-30"));
            Assert.Equal(["oudjaar"], await FoundAsync($"{narrowed}&jaar=2025&tot=2026-06-30"));
            Assert.Equal(["juli"], await FoundAsync($"{narrowed}&van=1-7-2026"));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_date_that_cannot_be_is_refused_in_dutch_and_the_boxes_keep_what_was_typed(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        var (response, page) = await iris.GetPageAsync("/registers/geschenken?van.Day=31&van.Month=2&van.Year=2026&tot.Day=1&tot.Month=1&tot.Year=2026");
        var (_, backwards) = await iris.GetPageAsync("/registers/geschenken?van.Day=1&van.Month=3&van.Year=2026&tot.Day=1&tot.Month=2&tot.Year=2026");
        var export = await iris.Http.GetAsync("/registers/geschenken/export.csv?van=31-2-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("31 februari 2026 bestaat niet.", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["31", "2", "2026"], new[] { "#van", "#van_Month", "#van_Year" }.Select(id => page.QuerySelector(id)!.GetAttribute("value")));
        Assert.Equal("true", page.QuerySelector("#van")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("main table"));
        Assert.Null(page.QuerySelector("a[href*='export.csv']"));
        Assert.Contains("De datum ‘tot en met’ (1-2-2026) ligt voor de datum ‘van’ (1-3-2026).", backwards.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", backwards.QuerySelector("#tot")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains("31 februari 2026 bestaat niet.", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static EmployeeDeclaration Gift(Employee employee, string subject, string giver, DateTimeOffset submittedAt) => new DeclarationBuilder
    {
        TenantId = employee.TenantId,
        EmployeeId = employee.Id,
        Answers = "{\"type\":\"gift\",\"valueEur\":20,\"status\":\"accepted\",\"form\":\"goods\"}",
        Description = new(subject, giver),
        DeciderId = null,
        SubmittedAt = submittedAt,
    }.Build();
}
