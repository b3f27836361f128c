using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Team;

public sealed class SubstitutionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_manager_arranges_a_substitute_for_her_holiday_and_can_remove_it(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiderdorp", "manager");
        var auditor = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1007").Select(e => e.Id).SingleAsync(), "leiderdorp");

        var saved = await manager.PostFormAsync("/team", "form#vervanging", new Dictionary<string, string>
        {
            ["Input.SubstituteId"] = auditor.ToString(),
            ["Input.From"] = "2027-02-01",
            ["Input.Until"] = "2027-02-14",
        });
        var (_, page) = await manager.GetPageAsync("/team");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Aart Auditor van 1-2-2027 tot en met 14-2-2027", page.Body!.TextContent, StringComparison.Ordinal);
        var removed = await manager.SubmitAsync(page, "form[action*='Remove']", new Dictionary<string, string>(), "/team");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Substitutions.CountAsync(), "leiderdorp"));
    }

    [Theory]
    [InlineData("", "2027-01-01", "2027-01-05", "Kies een vervanger.")]
    [InlineData("self", "2027-01-01", "2027-01-05", "Je kunt jezelf niet als vervanger kiezen.")]
    [InlineData("lead", "2027-01-10", "2027-01-05", "De laatste dag ligt voor de eerste dag.")]
    [InlineData("lead", "2020-01-01", "2020-01-05", "Deze periode ligt helemaal in het verleden.")]
    [InlineData("lead", "2026-12-24", "2026-12-28", "Deze periode overlapt met een vervanging die je al hebt ingesteld.")]
    [InlineData("lead", "", "2027-01-05", "Vul de eerste dag in.")]
    [InlineData("lead", "2027-01-10", "2027-01-14", "Tamara Teamleider heeft geen account in deze gemeente en kan dus niet inloggen")]
    [InlineData("intern", "2027-01-20", "2027-02-05", "Sam Stagiair is uit dienst na 31-1-2027 en kan daarna niet meer inloggen.")]
    public async Task A_wrong_substitution_is_explained_in_dutch_and_keeps_the_dates(string who, string from, string until, string error)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");
        var ids = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1002" || e.EmployeeNumber == "1010" || e.EmployeeNumber == "1014").ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id), "leiden");
        var substitute = who switch { "self" => ids["1002"].ToString(), "lead" => ids["1010"].ToString(), "intern" => ids["1014"].ToString(), _ => "" };

        var response = await manager.PostFormAsync("/team", "form#vervanging", new Dictionary<string, string>
        {
            ["Input.SubstituteId"] = substitute,
            ["Input.From"] = from,
            ["Input.Until"] = until,
        });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        // The date comes back in the day, month and year boxes.
        var last = DateOnly.ParseExact(until, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{last.Day}|{last.Month}|{last.Year}", string.Join('|', new[] { "#Input_Until", "#Input_Until_Month", "#Input_Until_Year" }.Select(box => page.QuerySelector(box)!.GetAttribute("value"))));
    }
}
