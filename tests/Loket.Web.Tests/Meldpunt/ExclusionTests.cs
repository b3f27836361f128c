using System.Net;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ExclusionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_officer_named_as_involved_never_sees_the_case_but_the_rest_of_the_desk_does(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        // 1004 is Iris Integriteit, the integrity officer of Leiden.
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "De integriteitscoördinator zelf neemt geschenken aan.", involved: "1004");

        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        var dashboard = await PageAsync(iris, "/meldpunt/dossiers");
        Assert.DoesNotContain(filed.Reference, dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await PageAsync(iris, $"/meldpunt/dossiers/{filed.ReportId}", HttpStatusCode.NotFound);

        using var desk = app.CreateLoketClient();
        await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
        Assert.Contains(filed.Reference, (await PageAsync(desk, "/meldpunt/dossiers")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await PageAsync(desk, $"/meldpunt/dossiers/{filed.ReportId}");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_officer_whose_declared_relation_is_named_is_excluded_too(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        await app.WithDbAsync(async db =>
        {
            var iris = await db.Employees.SingleAsync(e => e.EmployeeNumber == "1004");
            var mark = await db.Employees.SingleAsync(e => e.EmployeeNumber == "1002");
            db.Relations.Add(Relation.Record(iris.TenantId, iris, mark, RelationKind.Partner, new DateOnly(2020, 1, 1), new RelationOrigin(RelationSource.Hr, null, DateTimeOffset.UnixEpoch), []).Value!);
            return await db.SaveChangesAsync();
        }, "leiden");
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "De leidinggevende schuift opdrachten naar een bekende.", involved: "Mark Manager");

        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        await PageAsync(iris, $"/meldpunt/dossiers/{filed.ReportId}", HttpStatusCode.NotFound);
        Assert.DoesNotContain(filed.Reference, (await PageAsync(iris, "/meldpunt/dossiers")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
