using System.Net;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

/// <summary>Making someone a manager is one step: the reporting line and the Manager role together (issue 16 point 5).</summary>
public sealed class MakeManagerTests
{
    private static async Task<HttpResponseMessage> SetTeamAsync(LoketClient hr, Guid manager, params Guid[] reports)
    {
        var (_, page) = await hr.GetPageAsync($"/beheer/medewerker/{manager}/leidinggevende");
        var fields = new List<KeyValuePair<string, string>>(reports.Select(r => new KeyValuePair<string, string>("Reports", r.ToString())))
        {
            new("__RequestVerificationToken", page.QuerySelector("form#team input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        return await hr.Http.PostAsync($"/beheer/medewerker/{manager}/leidinggevende", new FormUrlEncodedContent(fields));
    }

    private static Task<string> MessageAsync(LoketClient hr) =>
        hr.GetPageAsync("/beheer/medewerkers").ContinueWith(t => t.Result.Document.QuerySelector("[role=status]")!.TextContent.Trim());

    [Theory, OnSqlite, OnPostgres]
    public async Task HR_gives_the_manager_role_and_the_team_in_one_step_and_the_trail_shows_both(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var newcomer = await line.ColleagueAsync();
        var colleague = await line.ColleagueAsync();
        var number = await app.WithDbAsync(db => db.Employees.Where(e => e.Id == colleague).Select(e => e.EmployeeNumber).SingleAsync(), "leiden");
        await app.CreateAccountAsync("leiden", "nieuwe-leider", Role.Employee, number);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        var saved = await SetTeamAsync(hr, colleague, newcomer, line.Employee);
        var message = await MessageAsync(hr);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("2 medewerkers vallen nu onder", message, StringComparison.Ordinal);
        Assert.Contains("heeft de rol Leidinggevende", message, StringComparison.Ordinal);
        var membership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.EmployeeId == colleague), "leiden");
        Assert.Equal(Role.Employee | Role.Manager, membership.Roles);
        Assert.Equal(2, await app.WithDbAsync(db => db.Employees.CountAsync(e => e.ManagerId == colleague), "leiden"));
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == membership.Id.ToString() && a.Action == "Modified").Select(a => a.Summary).ToListAsync());
        Assert.Contains("Roles: Employee → Employee, Manager", trail);

        // Unticking someone takes them out of the team; they have no manager then, and the message says so.
        await SetTeamAsync(hr, colleague, newcomer);
        Assert.Null(await app.WithDbAsync(db => db.Employees.Where(e => e.Id == line.Employee).Select(e => e.ManagerId).SingleAsync(), "leiden"));
        Assert.Contains("Zonder leidinggevende:", await MessageAsync(hr), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Someone_without_an_account_gets_the_team_and_an_invitation_link_not_a_role(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var colleague = await line.ColleagueAsync();
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var (_, page) = await hr.GetPageAsync($"/beheer/medewerker/{colleague}/leidinggevende");

        await SetTeamAsync(hr, colleague, line.Employee);

        Assert.EndsWith($"/beheer/gebruikers/uitnodigen?medewerker={colleague}", page.QuerySelector("a[href*='uitnodigen']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("heeft nog geen account en kan dus nog niet beslissen", await MessageAsync(hr), StringComparison.Ordinal);
        Assert.Equal(colleague, await app.WithDbAsync(db => db.Employees.Where(e => e.Id == line.Employee).Select(e => e.ManagerId).SingleAsync(), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_team_that_would_make_a_circle_or_holds_another_municipalitys_employee_changes_nothing(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var elsewhere = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1003").Select(e => e.Id).SingleAsync(), "leiderdorp");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        var circle = await SetTeamAsync(hr, line.Employee, line.Top);
        var foreign = await SetTeamAsync(hr, line.Manager, line.Employee, elsewhere);

        Assert.Equal(HttpStatusCode.OK, circle.StatusCode);
        Assert.Contains("zo ontstaat een kring", await circle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Kies medewerkers uit de lijst van deze gemeente.", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Employees.Where(e => e.Id == line.Top).Select(e => e.ManagerId).SingleAsync(), "leiden"));
        Assert.NotEqual(line.Manager, await app.WithDbAsync(db => db.Employees.IgnoreQueryFilters().Where(e => e.Id == elsewhere).Select(e => e.ManagerId).SingleAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task HR_cannot_make_themselves_a_manager(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var hrEmployee = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "1006").Select(e => e.Id).SingleAsync(), "leiden");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        var response = await SetTeamAsync(hr, hrEmployee);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Je kunt jezelf niet tot leidinggevende maken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.EmployeeId == hrEmployee && (m.Roles & Role.Manager) != 0), "leiden"));
    }
}
