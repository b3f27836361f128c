using System.Net;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Admin;

public sealed class UsersAndRolesTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_administrator_adds_a_user_who_can_then_log_in_with_exactly_those_roles(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("s-hertogenbosch", "beheerder");
        var userName = $"nieuw.{Guid.NewGuid():N}"[..20] + "@s-hertogenbosch";

        var added = await admin.PostFormAsync("/beheer/gebruikers", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Nina Nieuw",
            ["Input.EmployeeNumber"] = "1011",
            ["Input.Password"] = "een-lang-wachtwoord",
            ["Input.RoleNames"] = "HrAdviser",
        });
        // The link to employee 1011 waits for a second person.
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        Assert.Equal(HttpStatusCode.Redirect, (await FourEyesRoleTests.DecideAsync(officer, userName, "Approve")).StatusCode);
        using var nina = app.CreateLoketClient();
        var login = await nina.LoginAsync("s-hertogenbosch", userName, "een-lang-wachtwoord");
        var (_, home) = await nina.GetPageAsync("/mijn");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/mijn", login.Headers.Location?.OriginalString);
        Assert.Contains("Jouw rollen: HR-adviseur.", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vergunningverlener", home.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Invalid_input_keeps_what_was_typed_and_explains_in_dutch(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        var response = await admin.PostFormAsync("/beheer/gebruikers", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "medewerker@leiden",
            ["Input.DisplayName"] = "Dubbel <script>",
            ["Input.Email"] = "geen-adres",
            ["Input.EmployeeNumber"] = "0000",
            ["Input.Password"] = "kort",
        });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#foutmeldingen")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("al in gebruik", summary, StringComparison.Ordinal);
        Assert.Contains("geldig e-mailadres", summary, StringComparison.Ordinal);
        Assert.Contains("geen medewerker met dit personeelsnummer", summary, StringComparison.Ordinal);
        Assert.Contains("minstens 12 tekens", summary, StringComparison.Ordinal);
        Assert.Contains("minstens één rol", summary, StringComparison.Ordinal);
        Assert.Equal("Dubbel <script>", page.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#Input_Email")!.GetAttribute("aria-invalid"));
        Assert.Contains("Input_Email-error", page.QuerySelector("#Input_Email")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Revoking_all_roles_takes_effect_at_the_next_request_of_a_logged_in_user(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "manager");
        Assert.Equal(HttpStatusCode.OK, (await employee.Http.GetAsync("/team")).StatusCode);
        var membership = await app.WithDbAsync(db => db.Memberships.Where(m => m.User!.UserName == "manager@leiden").Select(m => m.Id).SingleAsync(), "leiden");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        // Unticking every box posts no role names at all.
        var saved = await admin.PostFormAsync($"/beheer/gebruikers/{membership}", "main form", new Dictionary<string, string> { ["Input.RoleNames"] = string.Empty });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Role.None, await app.WithDbAsync(db => db.Memberships.Where(m => m.Id == membership).Select(m => m.Roles).SingleAsync(), "leiden"));
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync("/team")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync("/mijn")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_administrator_cannot_open_or_change_a_membership_of_another_municipality(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var foreign = await app.WithDbAsync(db => db.Memberships.Where(m => m.User!.UserName == "medewerker@leiderdorp").Select(m => m.Id).SingleAsync(), "leiderdorp");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        var read = await admin.Http.GetAsync($"/beheer/gebruikers/{foreign}");
        var (_, ownPage) = await admin.GetPageAsync("/beheer/gebruikers");
        var token = ownPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var write = await admin.Http.PostAsync($"/beheer/gebruikers/{foreign}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.RoleNames"] = "Admin",
        }));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(Role.Employee, await app.WithDbAsync(db => db.Memberships.Where(m => m.Id == foreign).Select(m => m.Roles).SingleAsync(), "leiderdorp"));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_admin_role()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        var own = await app.WithDbAsync(db => db.Memberships.Where(m => m.User!.UserName == "beheerder@leiderdorp").Select(m => m.Id).SingleAsync(), "leiderdorp");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiderdorp", "beheerder");

        var response = await admin.PostFormAsync($"/beheer/gebruikers/{own}", "main form", new Dictionary<string, string> { ["Input.RoleNames"] = "Employee" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("eigen beheerdersrol", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Role.Admin, await app.WithDbAsync(db => db.Memberships.Where(m => m.Id == own).Select(m => m.Roles).SingleAsync(), "leiderdorp"));
    }
}
