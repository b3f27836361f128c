using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loket.Web.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

// 's-Hertogenbosch 3.1 rule 8: "Zo zijn er afdelingen waar is afgesproken dat er helemaal geen
// geschenken worden aangenomen." The officer records it per unit; it holds for the units below.
public sealed class DepartmentRuleTests
{
    private static async Task<string> PreviewVerdictAsync(LoketClient client, string value)
    {
        var (_, form) = await client.GetPageAsync("/meldingen/nieuw/geschenk");
        var response = await client.SubmitAsync(form, "form.loket-declaration-form", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Pen",
            ["Input.Answers[valueEur]"] = value,
            ["Input.Answers[status]"] = "accepted",
            ["Input.Answers[form]"] = "business-attention",
        }, formAction: form.QuerySelector("button[formaction]")!.GetAttribute("formaction"));
        return (await ParseAsync(response)).QuerySelector(".loket-verdict")!.TextContent;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_department_that_accepts_no_gifts_turns_every_gift_red_for_its_people_and_the_units_below(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("s-hertogenbosch", "medewerker");
        using var hanna = app.CreateLoketClient();
        await hanna.LoginAsDemoAsync("s-hertogenbosch", "hr");
        var before = await PreviewVerdictAsync(mila, "10");

        var (_, departments) = await iris.GetPageAsync("/beheer/afdelingen");
        var row = departments.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "Afdeling Ruimte (RUI)");
        var form = row.QuerySelector("form")!;
        var saved = await iris.SubmitAsync(departments, $"form[action='{form.GetAttribute("action")}']", new Dictionary<string, string>
        {
            ["noGiftsAtAll"] = "true",
            ["wording"] = "wij nemen niets aan van aanvragers van een vergunning.",
        }, "/beheer/afdelingen");

        var milaAfter = await PreviewVerdictAsync(mila, "10");
        var hannaAfter = await PreviewVerdictAsync(hanna, "10");
        // Victor works in Team Vergunningen, under Afdeling Ruimte.
        var victor = await app.WithDbAsync(async db => (await Declarant.LoadAsync(db, await db.Employees.Where(e => e.EmployeeNumber == "1011").Select(e => e.Id).SingleAsync(), new DateOnly(2026, 11, 25))).Department, "s-hertogenbosch");
        // The API takes the department's rule from the records, not from what the caller says.
        var api = await mila.Http.PostAsJsonAsync("/api/meldingen", new { subject = "Pen", declaration = new { type = "gift", valueEur = 10, status = "accepted", departmentNoGiftsAtAll = false } });
        var apiVerdict = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("verdict").GetString();

        Assert.DoesNotContain("Oordeel: Rood", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Oordeel: Rood", milaAfter, StringComparison.Ordinal);
        Assert.Contains("Afspraak van Afdeling Ruimte: wij nemen niets aan van aanvragers van een vergunning.", milaAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("Oordeel: Rood", hannaAfter, StringComparison.Ordinal);
        Assert.True(victor?.NoGiftsAtAll);
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        Assert.Equal("rood", apiVerdict);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_the_officer_and_the_administrator_set_department_rules_in_their_own_municipality(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hanna = app.CreateLoketClient();
        await hanna.LoginAsDemoAsync("leiden", "hr");
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiden", "beheerder");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var leidenUnit = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "RUI").Select(u => u.Id).SingleAsync(), "leiden");
        var (_, page) = await iris.GetPageAsync("/beheer/afdelingen");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var crossTenant = await iris.Http.PostAsync($"/beheer/afdelingen?id={leidenUnit}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("noGiftsAtAll", "true")]));

        Assert.Equal(HttpStatusCode.Forbidden, (await hanna.Http.GetAsync("/beheer/afdelingen")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bea.Http.GetAsync("/beheer/afdelingen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, crossTenant.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == leidenUnit).Select(u => u.NoGiftsAtAll).SingleAsync(), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_too_long_wording_is_refused_in_Dutch_and_what_was_typed_stays(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leidschendam-voorburg", "integriteit");
        var (_, departments) = await iris.GetPageAsync("/beheer/afdelingen");
        var action = departments.QuerySelector("tbody tr form")!.GetAttribute("action")!;
        var typed = new string('x', 301);

        var response = await iris.SubmitAsync(departments, $"form[action='{action}']", new Dictionary<string, string> { ["noGiftsAtAll"] = "true", ["wording"] = typed }, "/beheer/afdelingen");
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hoogstens 300 tekens", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("input[name=wording]"), i => i.GetAttribute("value") == typed);
        Assert.Equal(0, await app.WithDbAsync(db => db.OrgUnits.CountAsync(u => u.NoGiftsAtAll), "leidschendam-voorburg"));
    }
}
