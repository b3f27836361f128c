using System.Net;
using Loket.Web.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

public sealed class GiftFlowTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_preview_shows_the_verdict_with_the_article_of_the_municipality_before_submitting(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        var (_, form) = await mila.GetPageAsync("/meldingen/nieuw/geschenk");
        // As the "Bekijk oordeel" button does with its formaction.
        form.QuerySelector("form.loket-declaration-form")!.SetAttribute("action", "/meldingen/nieuw/geschenk?handler=preview");
        var response = await mila.SubmitAsync(form, "form.loket-declaration-form", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Fles wijn",
            ["Input.Answers[valueEur]"] = "60",
            ["Input.Answers[status]"] = "offered",
        });
        var page = await ParseAsync(response);
        var verdict = page.QuerySelector(".loket-verdict")?.TextContent ?? page.Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rood", verdict, StringComparison.Ordinal);
        Assert.Contains("Artikel 4.3", verdict, StringComparison.Ordinal);
        Assert.Equal("60", page.QuerySelector("#Input_Answers_valueEur")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.Subject == "Fles wijn"), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_failed_submission_keeps_every_typed_value(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        var response = await mila.PostFormAsync("/meldingen/nieuw/nevenwerkzaamheid", "form.loket-declaration-form", new Dictionary<string, string>
        {
            ["Input.Subject"] = "",
            ["Input.Counterparty"] = "Voetbalclub <Leiden>",
            ["Input.Role"] = "Penningmeester",
            ["Input.Answers[paid]"] = "false",
            ["Input.Answers[duringWorkingHours]"] = "true",
        });
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Beschrijf kort", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Voetbalclub <Leiden>", page.QuerySelector("#Input_Counterparty")!.GetAttribute("value"));
        Assert.Equal("Penningmeester", page.QuerySelector("#Input_Role")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#Input_Answers_paid_false")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("#Input_Answers_duringWorkingHours_true")!.HasAttribute("checked"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Employee_declares_a_gift_manager_decides_and_the_officer_finds_it_in_the_register_and_its_csv(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var subject = $"Bos bloemen {Guid.NewGuid():N}"[..24];

        var id = await SubmitGiftAsync(mila, subject, giver: "=HYPERLINK(\"x\")");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");
        var (_, waiting) = await mark.GetPageAsync("/beslissen");
        var decided = await DecideAsync(mark, id, new Dictionary<string, string>
        {
            ["Decide.Outcome"] = "Approved",
            ["Decide.GiftDestination"] = "Display",
        });
        var (_, mine) = await mila.GetPageAsync($"/meldingen/{id}");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        var (_, register) = await iris.GetPageAsync($"/registers/geschenken?q={Uri.EscapeDataString(subject)}");
        var csv = await iris.Http.GetStringAsync($"/registers/geschenken/export.csv?q={Uri.EscapeDataString(subject)}");

        Assert.Contains(subject, waiting.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains("Tentoonstellen op de afdeling", mine.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(subject, register.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(subject, csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_refusal_or_conditions_need_a_motivation_and_a_gift_needs_a_destination(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var id = await SubmitGiftAsync(mila, "Dinerbon");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiderdorp", "manager");

        var refused = await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Refused", ["Decide.Motivation"] = "" });
        var page = await ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("motivering", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Submitted, await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.Status).SingleAsync(), "leiderdorp"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_employee_sees_the_decision_with_its_conditions_and_can_respond(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var id = await SubmitAsync(mila, "nevenwerkzaamheid", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Docent bij de volksuniversiteit",
            ["Input.Counterparty"] = "Volksuniversiteit",
            ["Input.Role"] = "Docent",
            ["Input.Answers[paid]"] = "true",
        });
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiderdorp", "manager");
        await DecideAsync(mark, id, new Dictionary<string, string>
        {
            ["Decide.Outcome"] = "ApprovedWithConditions",
            ["Decide.Conditions"] = "OutsideWorkingHours",
            ["Decide.ConditionsText"] = "Geen dossiers van organisatie X",
            ["Decide.Motivation"] = "Past naast de functie.",
        });

        var responded = await mila.PostFormAsync($"/meldingen/{id}", "form[action*=Respond]", new Dictionary<string, string> { ["ResponseText"] = "Akkoord." });
        var (_, page) = await mila.GetPageAsync($"/meldingen/{id}");
        var text = page.Body!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, responded.StatusCode);
        Assert.Contains("Alleen buiten werktijd", text, StringComparison.Ordinal);
        Assert.Contains("Geen dossiers van organisatie X", text, StringComparison.Ordinal);
        Assert.Contains("Akkoord.", text, StringComparison.Ordinal);
    }
}
