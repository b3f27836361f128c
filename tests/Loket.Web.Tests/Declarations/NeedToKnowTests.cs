using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

public sealed class NeedToKnowTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Every_read_of_a_private_circumstance_is_in_the_audit_trail(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var id = await SubmitAsync(mila, "omstandigheid", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Schulden door een scheiding",
            ["Input.Answers[debts]"] = "true",
        });
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        Assert.Equal(HttpStatusCode.OK, (await iris.Http.GetAsync($"/meldingen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await iris.Http.GetAsync($"/meldingen/{id}")).StatusCode);
        var reads = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Read" && a.EntityId == id.ToString()), "leiderdorp");

        Assert.True(reads >= 2, $"expected at least two audited reads, found {reads}");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Registers_are_for_integrity_officers_only(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");

        Assert.Equal(HttpStatusCode.Forbidden, (await mark.Http.GetAsync("/registers/geschenken")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mark.Http.GetAsync("/registers/geschenken/export.csv")).StatusCode);
    }
}
