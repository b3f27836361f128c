using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Onboarding.OnboardingSteps;

namespace Loket.Web.Tests.Onboarding;

/// <summary>Issue 19 point 4: once a year an employee confirms their side activities, financial interests and relationships; HR and the officer see completion per unit.</summary>
public sealed class YearlyCheckTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_employee_confirms_once_a_year_after_a_refusal_that_keeps_the_page_and_HR_sees_the_unit_complete_by_one(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var mila = await LoginAsync(app, "leiden", "medewerker");
        using var hr = await LoginAsync(app, "leiden", "hr");
        using var manager = await LoginAsync(app, "leiden", "manager");

        var (_, page) = await mila.GetPageAsync("/mijn/jaarlijkse-check");
        var unticked = await ParseAsync(await mila.SubmitAsync(page, "form#jaarlijkse-check", new Dictionary<string, string>(), "/mijn/jaarlijkse-check"));
        var confirmed = await mila.SubmitAsync(page, "form#jaarlijkse-check", new Dictionary<string, string> { ["Complete"] = "true" }, "/mijn/jaarlijkse-check");
        var again = await mila.SubmitAsync(page, "form#jaarlijkse-check", new Dictionary<string, string> { ["Complete"] = "true" }, "/mijn/jaarlijkse-check");
        var (_, overview) = await hr.GetPageAsync("/indiensttreding/jaarlijkse-check");
        var (asManager, _) = await manager.GetPageAsync("/indiensttreding/jaarlijkse-check");
        var checks = await app.WithDbAsync(db => db.YearlyChecks.Select(c => c.Year).ToListAsync(), "leiden");

        Assert.Contains("Nevenwerkzaamheid opgeven", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vink aan dat je opgaven volledig zijn", unticked.QuerySelector(".utrecht-form-field-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal([2026], checks);
        var space = overview.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Afdeling Ruimte", StringComparison.Ordinal));
        Assert.Equal("1", space.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, asManager.StatusCode);
    }
}
