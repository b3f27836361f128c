using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Reporting;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Audit;

public sealed class NamedReporterInTrailTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_auditor_sees_that_a_named_report_exists_but_not_who_filed_it(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var milaId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "medewerker@leiderdorp").Select(u => u.Id).SingleAsync());
        var signedIn = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Login" && a.ActorUserId == milaId).MaxAsync(a => a.Sequence));

        var filed = await mila.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "leiderdorp",
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = "Een collega declareert kilometers die zij niet reed.",
            ["Mode"] = "naam",
        });
        Assert.Equal("/melden/mijn", filed.Headers.Location?.OriginalString);
        var reportId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await mila.Http.GetAsync($"/melden/inbox?melding={reportId}")).StatusCode);

        var after = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Sequence > signedIn && a.Chain == a.TenantId).ToListAsync());
        Assert.Contains(after, a => a is { Entity: nameof(Report), Action: "Created", ActorName: ReporterActor.Named, ActorUserId: null });
        Assert.Contains(after, a => a is { Entity: nameof(ReporterIdentity), Action: "Created", ActorName: ReporterActor.Named });
        Assert.DoesNotContain(after, a => a.ActorUserId == milaId || a.ActorName.Contains("Mila", StringComparison.Ordinal));

        using var aart = app.CreateLoketClient();
        await aart.LoginAsDemoAsync("leiderdorp", "auditor");
        var (_, trail) = await aart.GetPageAsync("/audit");
        var reportRow = trail.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .First(cells => cells[3] == "Created" && cells[4] == nameof(Report));
        Assert.Equal(ReporterActor.Named, reportRow[2]);
    }
}
