using System.Net;
using Loket.Web.Identity;
using Loket.Web.Identity.Employment;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using static Loket.Web.Tests.Identity.AccountMailSteps;

namespace Loket.Web.Tests.Identity;

public sealed class EmploymentEndTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task After_the_last_day_in_Dutch_time_access_to_that_municipality_ends_and_a_return_restores_it_while_other_municipalities_stay(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var (employeeId, _) = await NewEmployeeAsync(app, "leiden", "Lotte Vertrekt");
        var number = await app.WithDbAsync(db => db.Employees.IgnoreQueryFilters().Where(e => e.Id == employeeId).Select(e => e.EmployeeNumber).SingleAsync());
        var userName = await app.CreateAccountAsync("leiden", "lotte", Role.Employee, number);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            db.Memberships.Add(Membership.Preset(await db.Tenants.Where(t => t.Slug == "leiderdorp").Select(t => t.Id).SingleAsync(), Role.Employee, null, user.Id));
            return await db.SaveChangesAsync();
        });
        using var lotte = app.CreateLoketClient();
        await lotte.LoginAsync("leiden", userName, TestAccounts.Password);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        var left = await hr.PostFormAsync($"/beheer/dienstverband/{employeeId}", "form[action*='Leave']", new Dictionary<string, string>
        {
            ["Input.Day.Day"] = "25",
            ["Input.Day.Month"] = "11",
            ["Input.Day.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lotte.Http.GetAsync("/mijn")).StatusCode);

        // 23:30 UTC on the last day is already the next day in the Netherlands.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero));
        var ended = await lotte.Http.GetAsync("/mijn");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/inloggen", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var again = app.CreateLoketClient();
        var refused = await again.LoginAsync("leiden", userName, TestAccounts.Password);
        Assert.Contains(EmploymentAccess.EndedMessage, (await ParseAsync(refused)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/mijn", (await app.CreateLoketClient().LoginAsync("leiderdorp", userName, TestAccounts.Password)).Headers.Location?.OriginalString);

        // The clock moved past the idle timeout of HR's own session: HR signs in again.
        using var hrNextDay = app.CreateLoketClient();
        await hrNextDay.LoginAsDemoAsync("leiden", "hr");
        var early = await hrNextDay.PostFormAsync($"/beheer/dienstverband/{employeeId}", "form[action*='Return']", new Dictionary<string, string>
        {
            ["Input.Day.Day"] = "20",
            ["Input.Day.Month"] = "11",
            ["Input.Day.Year"] = "2026",
        });
        Assert.Contains("na de laatste werkdag", (await ParseAsync(early)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var back = await hrNextDay.PostFormAsync($"/beheer/dienstverband/{employeeId}", "form[action*='Return']", new Dictionary<string, string>
        {
            ["Input.Day.Day"] = "1",
            ["Input.Day.Month"] = "12",
            ["Input.Day.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.NotEqual("/mijn", (await app.CreateLoketClient().LoginAsync("leiden", userName, TestAccounts.Password)).Headers.Location?.OriginalString);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal("/mijn", (await app.CreateLoketClient().LoginAsync("leiden", userName, TestAccounts.Password)).Headers.Location?.OriginalString);
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == employeeId.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("EmploymentEnded", trail);
        Assert.Contains("EmploymentResumed", trail);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_HR_or_an_administrator_of_the_municipality_records_an_employment(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var (employeeId, _) = await NewEmployeeAsync(app, "leiden", "Kees Blijft");
        using var otherHr = app.CreateLoketClient();
        await otherHr.LoginAsDemoAsync("leiderdorp", "hr");
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        Assert.Equal(HttpStatusCode.NotFound, (await otherHr.Http.GetAsync($"/beheer/dienstverband/{employeeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync($"/beheer/dienstverband/{employeeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/beheer/dienstverband/{employeeId}")).StatusCode);
    }
}
