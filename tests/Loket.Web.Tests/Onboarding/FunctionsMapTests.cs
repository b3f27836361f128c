using System.Net;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Onboarding;

/// <summary>Issue 19 point 1: the functions map per municipality, edited by HR and the integrity officer, a change shown with whom it touches before it is saved.</summary>
public sealed class FunctionsMapTests
{
    private static Task<Guid> FunctionAsync(LoketApp app, string tenant, string name) =>
        app.WithDbAsync(db => db.JobFunctions.Where(f => f.Name == name).Select(f => f.Id).SingleAsync(), tenant);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_change_shows_whom_it_touches_and_is_saved_only_after_that_preview(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var id = await FunctionAsync(app, "leiden", "Vergunningverlener");
        var url = $"/beheer/functies/{id}";
        var (_, form) = await hr.GetPageAsync(url);

        var preview = await hr.SubmitAsync(form, "form#functie", new Dictionary<string, string>
        {
            ["Input.Levels[1]"] = "High",
            ["Input.Levels[6]"] = "Medium",
            ["Input.Designated"] = "true",
            ["Input.FourEyes"] = "true",
            ["Input.ReviewOn.Day"] = "1",
            ["Input.ReviewOn.Month"] = "12",
            ["Input.ReviewOn.Year"] = "2027",
        }, url);
        var previewPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        var unsaved = await app.WithDbAsync(db => db.JobFunctions.SingleAsync(f => f.Id == id), "leiden");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = previewPage.QuerySelector("#gevolgen")!.ParentElement!.TextContent;
        Assert.Contains("Victor Vergunningverlener (1011)", shown, StringComparison.Ordinal);
        Assert.Contains("moet financiële belangen opgeven", shown, StringComparison.Ordinal);
        Assert.Contains("VOG voortaan met algemeen screeningsprofiel: geld, aansturen organisatie", shown, StringComparison.Ordinal);
        Assert.Contains("krijgt de training voor een kwetsbare functie", shown, StringComparison.Ordinal);
        Assert.False(unsaved.DesignatedForFinancialInterests);
        Assert.Equal(RiskProfile.None, unsaved.RiskProfile);

        var saved = await hr.SubmitAsync(previewPage, "form#functie", new Dictionary<string, string>(), url);
        var function = await app.WithDbAsync(db => db.JobFunctions.SingleAsync(f => f.Id == id), "leiden");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(function.DesignatedForFinancialInterests);
        Assert.True(function.FourEyes);
        Assert.Equal(new DateOnly(2027, 12, 1), function.ReviewOn);
        Assert.Equal(RiskLevel.High, function.RiskProfile[RiskArea.Money]);
        Assert.Equal(RiskLevel.Medium, function.RiskProfile[RiskArea.Management]);
        // The one flag the declarations read: Victor's gift and interest forms now treat him as designated.
        var declarant = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1011").Select(e => e.JobFunction!.DesignatedForFinancialInterests).SingleAsync(), "leiden");
        Assert.True(declarant);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_save_whose_values_differ_from_the_preview_shows_the_preview_again_and_saves_nothing(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var id = await FunctionAsync(app, "leiden", "Beleidsmedewerker");
        var url = $"/beheer/functies/{id}";
        var (_, form) = await officer.GetPageAsync(url);
        var preview = await officer.SubmitAsync(form, "form#functie", new Dictionary<string, string> { ["Input.Levels[0]"] = "Medium" }, url);
        var previewPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());

        var changed = await officer.SubmitAsync(previewPage, "form#functie", new Dictionary<string, string> { ["Input.Designated"] = "true" }, url);
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await changed.Content.ReadAsStringAsync()).Body!.TextContent;
        var function = await app.WithDbAsync(db => db.JobFunctions.SingleAsync(f => f.Id == id), "leiden");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("moet financiële belangen opgeven", body, StringComparison.Ordinal);
        Assert.Contains("Mila Medewerker (1003)", body, StringComparison.Ordinal);
        Assert.False(function.DesignatedForFinancialInterests);
        Assert.Equal(RiskLevel.Low, function.RiskProfile[RiskArea.Information]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_HR_and_the_integrity_officer_see_the_map_and_another_municipalitys_function_does_not_exist(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var leiderdorp = await FunctionAsync(app, "leiderdorp", "Vergunningverlener");

        var (asEmployee, _) = await employee.GetPageAsync("/beheer/functies");
        var (asAdmin, _) = await admin.GetPageAsync("/beheer/functies");
        var (elsewhere, _) = await hr.GetPageAsync($"/beheer/functies/{leiderdorp}");
        var (map, page) = await hr.GetPageAsync("/beheer/functies");

        Assert.Equal(HttpStatusCode.Forbidden, asEmployee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
        var secretary = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Gemeentesecretaris", StringComparison.Ordinal)).TextContent;
        Assert.Contains("financiële belangen opgeven", secretary, StringComparison.Ordinal);
        Assert.Contains("nevenwerkzaamheden worden openbaar gemaakt", secretary, StringComparison.Ordinal);
    }
}
