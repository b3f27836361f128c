using System.Net;
using Loket.Web.Declarations;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

/// <summary>The relations register page (People/Relations): HR and the officer record and end relations, and the rules follow.</summary>
public sealed class RelationRegisterTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_relation_HR_records_by_name_skips_the_related_manager_in_routing_until_HR_ends_it(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        var (_, page) = await hr.GetPageAsync("/beheer/relaties");
        var managerName = await app.WithDbAsync(db => db.Employees.IgnoreQueryFilters().Where(e => e.Id == line.Manager).Select(e => e.Name).SingleAsync());
        Assert.Contains(page.QuerySelectorAll("#RelatedEmployeeId option"), o => o.TextContent.StartsWith(managerName, StringComparison.Ordinal) && o.GetAttribute("value") == line.Manager.ToString());
        var recorded = await hr.SubmitAsync(page, "#relatie-vastleggen", new Dictionary<string, string>
        {
            ["EmployeeId"] = line.Employee.ToString(),
            ["RelatedEmployeeId"] = line.Manager.ToString(),
            ["Kind"] = nameof(RelationKind.Family),
            ["StartDate.Day"] = "1",
            ["StartDate.Month"] = "1",
            ["StartDate.Year"] = "2026",
            ["Reason"] = "Gemeld in het jaargesprek.",
        }, "/beheer/relaties");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(line.Top, await DeciderAsync(line));

        var relation = await line.InLeidenAsync(db => db.Relations.SingleAsync(r => r.EmployeeId == line.Employee));
        Assert.Equal((RelationSource.Hr, RelationKind.Family, new DateOnly(2026, 1, 1)), (relation.Source, relation.Kind, relation.StartDate));

        var own = $"/beheer/relaties/{relation.Id}";
        (_, page) = await hr.GetPageAsync(own);
        var endDay = new Dictionary<string, string> { ["EndsOn.Day"] = "25", ["EndsOn.Month"] = "11", ["EndsOn.Year"] = "2026" };
        var refused = await hr.SubmitAsync(page, "#relatie-beeindigen", endDay, own);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("reden", refusedPage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"25\"", refusedPage, StringComparison.Ordinal);

        var ended = await hr.SubmitAsync(page, "#relatie-beeindigen", new Dictionary<string, string>(endDay) { ["EndReason"] = "Uit elkaar." }, own);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(line.Manager, await DeciderAsync(line));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_HR_and_the_officer_see_the_register_and_HR_cannot_relate_someone_to_themselves(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetPageAsync("/beheer/relaties")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetPageAsync("/beheer/relaties")).Response.StatusCode);
        var (_, page) = await hr.GetPageAsync("/beheer/relaties");
        var refused = await hr.SubmitAsync(page, "#relatie-vastleggen", new Dictionary<string, string>
        {
            ["EmployeeId"] = line.Employee.ToString(),
            ["RelatedEmployeeId"] = line.Employee.ToString(),
            ["Kind"] = nameof(RelationKind.Partner),
            ["StartDate.Day"] = "1",
            ["StartDate.Month"] = "1",
            ["StartDate.Year"] = "2026",
        }, "/beheer/relaties");

        Assert.Contains(new RelationWithOneself().Message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await line.InLeidenAsync(db => db.Relations.AnyAsync(r => r.EmployeeId == line.Employee)));
    }

    private static Task<Guid?> DeciderAsync(LineBuilder line) => line.InLeidenAsync(async db =>
    {
        var declarant = await Declarant.LoadAsync(db, line.TenantId, line.Employee, Today);
        return (await DeclarationRouting.RouteAsync(db, declarant, managerInvolved: false)).DeciderId;
    });
}
