using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

/// <summary>HR adds and changes one employee with a form (issue 16 point 5): pickers by name, the rules of the reporting line, no duplicate functions.</summary>
public sealed class EmployeeFormTests
{
    private static string NewNumber() => $"T{Guid.NewGuid():N}"[..10];

    private static async Task<LoketClient> HrAsync(LoketApp app)
    {
        var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        return hr;
    }

    /// <summary>The value of the option whose text starts with <paramref name="label"/>, as a person picks it by name.</summary>
    private static string Pick(IHtmlDocument page, string field, string label) =>
        page.QuerySelectorAll<IHtmlOptionElement>($"select[name='{field}'] option").Single(o => o.Text.StartsWith(label, StringComparison.Ordinal)).Value;

    private static Dictionary<string, string> Fields(string number, string name = "Nadia Nieuw") => new()
    {
        ["Input.Name"] = name,
        ["Input.EmployeeNumber"] = number,
        ["Input.Email"] = "nadia.nieuw@leiden.example",
        ["Input.EmploymentType"] = "Ambtenaar",
        ["Input.StartDate.Day"] = "1",
        ["Input.StartDate.Month"] = "12",
        ["Input.StartDate.Year"] = "2026",
    };

    private static async Task<IHtmlDocument> PageOf(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    [Theory, OnSqlite, OnPostgres]
    public async Task HR_adds_an_employee_choosing_department_function_and_manager_by_name_and_the_list_shows_no_account_yet(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hr = await HrAsync(app);
        var (_, form) = await hr.GetPageAsync("/beheer/medewerker");
        var number = NewNumber();
        var fields = Fields(number);
        fields["Input.OrgUnitId"] = Pick(form, "Input.OrgUnitId", "Team Vergunningen");
        fields["Input.JobFunctionId"] = Pick(form, "Input.JobFunctionId", "Vergunningverlener");
        fields["Input.ManagerId"] = Pick(form, "Input.ManagerId", "Tamara Teamleider");

        var saved = await hr.SubmitAsync(form, "form#medewerker", fields, "/beheer/medewerker");
        var (_, list) = await hr.GetPageAsync($"/beheer/medewerkers?q={number}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // The form's path is /beheer/medewerker; the menu still says where HR is.
        Assert.Equal("Medewerkers", form.QuerySelector("nav.loket-nav a[aria-current='page']")?.TextContent.Trim());
        var row = list.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Nadia Nieuw", row, StringComparison.Ordinal);
        Assert.Contains("Vergunningverlener", row, StringComparison.Ordinal);
        Assert.Contains("Tamara Teamleider", row, StringComparison.Ordinal);
        Assert.Contains("Geen account", row, StringComparison.Ordinal);
        var employee = await app.WithDbAsync(db => db.Employees.Include(e => e.OrgUnit).SingleAsync(e => e.EmployeeNumber == number), "leiden");
        Assert.Equal((new DateOnly(2026, 12, 1), "nadia.nieuw@leiden.example"), (employee.StartDate, employee.Email));
        Assert.EndsWith($"uitnodigen?medewerker={employee.Id}", list.QuerySelector("tbody tr a[href*='uitnodigen']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Employee" && a.EntityId == employee.Id.ToString() && a.Action == "Created" && a.ActorName == "Hanna HR-adviseur")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_number_that_is_taken_in_the_municipality_is_refused_next_to_its_field_and_what_was_typed_stays(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hr = await HrAsync(app);

        var response = await hr.PostFormAsync("/beheer/medewerker", "form#medewerker", Fields("1003", "Nadia Dubbel"));
        var page = await PageOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Personeelsnummer 1003 hoort al bij een andere medewerker van Gemeente Leiden", page.QuerySelector("#Input_EmployeeNumber-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_EmployeeNumber")!.GetAttribute("aria-invalid"));
        Assert.Equal("Nadia Dubbel", page.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);
        Assert.False(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.Name == "Nadia Dubbel"), "leiden"));
    }

    [Theory, OnSqlite]
    public async Task Missing_and_malformed_fields_are_explained_in_dutch(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hr = await HrAsync(app);
        var fields = Fields("12 34");
        fields["Input.Name"] = "";
        fields["Input.Email"] = "geen-adres";
        fields["Input.StartDate.Month"] = "13";

        var page = await PageOf(await hr.PostFormAsync("/beheer/medewerker", "form#medewerker", fields));
        var summary = page.QuerySelector("#foutmeldingen")!.TextContent;

        Assert.Contains("Vul de naam in.", summary, StringComparison.Ordinal);
        Assert.Contains("zonder spaties", summary, StringComparison.Ordinal);
        Assert.Contains("Vul een e-mailadres in zoals naam@gemeente.nl.", summary, StringComparison.Ordinal);
        Assert.Equal("geen-adres", page.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);
        Assert.Equal("12 34", page.QuerySelector<IHtmlInputElement>("#Input_EmployeeNumber")!.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_manager_who_is_unknown_elsewhere_oneself_or_below_the_employee_is_refused_with_the_reason(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var elsewhere = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1002").Select(e => e.Id).SingleAsync(), "leiderdorp");
        using var hr = await HrAsync(app);

        async Task<string> ManagerError(Guid employee, Guid manager)
        {
            var response = await hr.PostFormAsync($"/beheer/medewerker/{employee}", "form#medewerker", new Dictionary<string, string> { ["Input.ManagerId"] = manager.ToString() });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await PageOf(response)).QuerySelector("#Input_ManagerId-error")!.TextContent;
        }

        Assert.Contains("Kies een leidinggevende uit de lijst van deze gemeente.", await ManagerError(line.Employee, Guid.CreateVersion7()), StringComparison.Ordinal);
        Assert.Contains("Kies een leidinggevende uit de lijst van deze gemeente.", await ManagerError(line.Employee, elsewhere), StringComparison.Ordinal);
        Assert.Contains("niet zijn of haar eigen leidinggevende", await ManagerError(line.Manager, line.Manager), StringComparison.Ordinal);
        Assert.Contains("zo ontstaat een kring", await ManagerError(line.Top, line.Employee), StringComparison.Ordinal);
        Assert.Equal(line.Top, await app.WithDbAsync(db => db.Employees.Where(e => e.Id == line.Manager).Select(e => e.ManagerId).SingleAsync(), "leiden"));
        Assert.Null(await app.WithDbAsync(db => db.Employees.Where(e => e.Id == line.Top).Select(e => e.ManagerId).SingleAsync(), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_new_function_that_exists_is_refused_one_that_is_near_is_only_made_when_confirmed(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hr = await HrAsync(app);
        var number = NewNumber();
        var fields = Fields(number);

        fields["Input.NewFunction"] = " beleidsmedewerker ";
        var same = await PageOf(await hr.PostFormAsync("/beheer/medewerker", "form#medewerker", fields));
        fields["Input.NewFunction"] = "Beleidsmedewerker II";
        var near = await PageOf(await hr.PostFormAsync("/beheer/medewerker", "form#medewerker", fields));
        var confirmed = await hr.SubmitAsync(near, "form#medewerker", new Dictionary<string, string> { ["Input.ConfirmNewFunction"] = "true" }, "/beheer/medewerker");

        Assert.Contains("De functie Beleidsmedewerker bestaat al. Kies die in de lijst", same.QuerySelector("#Input_NewFunction-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("bijna gelijke naam: Beleidsmedewerker.", near.QuerySelector("#Input_NewFunction-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Beleidsmedewerker II", near.QuerySelector<IHtmlInputElement>("#Input_NewFunction")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var functions = await app.WithDbAsync(db => db.JobFunctions.Where(f => f.Name.StartsWith("Beleidsmedewerker")).Select(f => f.Name).ToListAsync(), "leiden");
        Assert.Equal(new[] { "Beleidsmedewerker", "Beleidsmedewerker II" }, functions.Order(StringComparer.Ordinal));
        Assert.Equal("Beleidsmedewerker II", await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == number).Select(e => e.JobFunction!.Name).SingleAsync(), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_HR_and_the_administrator_reach_the_forms_and_another_municipalitys_employee_is_not_found(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var elsewhere = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1003").Select(e => e.Id).SingleAsync(), "leiderdorp");
        using var hr = await HrAsync(app);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");

        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/beheer/medewerker")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync("/beheer/medewerker")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync($"/beheer/medewerker/{elsewhere}/leidinggevende")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.Http.GetAsync($"/beheer/medewerker/{elsewhere}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.Http.GetAsync($"/beheer/medewerker/{elsewhere}/leidinggevende")).StatusCode);
        var (_, form) = await hr.GetPageAsync("/beheer/medewerker");
        var posted = await hr.SubmitAsync(form, "form#medewerker", Fields(NewNumber()), $"/beheer/medewerker/{elsewhere}", formAction: $"/beheer/medewerker/{elsewhere}");
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.DoesNotContain(form.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.ManagerId'] option"), o => o.Value == elsewhere.ToString());
    }
}
