using System.Net;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Identity;

public sealed class PasswordChangeTests
{
    private const string NewPassword = "Fietsen langs de Oude Rijn in december";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_user_changes_their_password_the_change_is_audited_and_their_other_sessions_end(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var userName = await app.CreateAccountAsync("leiderdorp", "wim", Role.Employee);
        using var laptop = app.CreateLoketClient();
        await laptop.LoginAsync("leiderdorp", userName, TestAccounts.Password);
        using var phone = app.CreateLoketClient();
        await phone.LoginAsync("leiderdorp", userName, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/mijn")).StatusCode);

        var changed = await ChangeAsync(laptop, TestAccounts.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Http.GetAsync("/mijn")).StatusCode);
        var ended = await phone.Http.GetAsync("/mijn");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/inloggen", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var next = app.CreateLoketClient();
        Assert.Equal("/mijn", (await next.LoginAsync("leiderdorp", userName, NewPassword)).Headers.Location?.OriginalString);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(UserAccount) && a.EntityId == userId.ToString() && a.Action == "Modified").ToListAsync());
        Assert.Contains(audit, a => a.Summary.Contains(nameof(UserAccount.PasswordHash), StringComparison.Ordinal) && a.ActorUserId == userId);
        Assert.DoesNotContain(audit, a => a.Summary.Contains(NewPassword, StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_refused_in_Dutch_and_nothing_changes(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var userName = await app.CreateAccountAsync("leiderdorp", "els", Role.Employee);
        using var client = app.CreateLoketClient();
        await client.LoginAsync("leiderdorp", userName, TestAccounts.Password);
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.PasswordHash).SingleAsync());

        var cases = new (string Current, string New, string Repeat, string Message)[]
        {
            ("niet mijn wachtwoord", NewPassword, NewPassword, "Je huidige wachtwoord klopt niet."),
            (TestAccounts.Password, "kort", "kort", "minstens 12 tekens"),
            (TestAccounts.Password, NewPassword, NewPassword + "!", "De twee nieuwe wachtwoorden zijn niet gelijk."),
            (TestAccounts.Password, "wachtwoord1234", "wachtwoord1234", "te bekend of te eenvoudig"),
            (TestAccounts.Password, $"{userName.Split('@')[0]}-geheim", $"{userName.Split('@')[0]}-geheim", "gebruikersnaam"),
            (TestAccounts.Password, TestAccounts.Password, TestAccounts.Password, "Kies een ander wachtwoord dan je huidige."),
            (string.Empty, string.Empty, string.Empty, "Vul je huidige wachtwoord in."),
        };
        foreach (var (current, @new, repeat, message) in cases)
        {
            var response = await ChangeAsync(client, current, @new, repeat);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, (await ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(hash, await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.PasswordHash).SingleAsync()));
    }

    private static Task<HttpResponseMessage> ChangeAsync(LoketClient client, string current, string @new, string repeat) =>
        client.PostFormAsync("/account", "form[action*='Password']", new Dictionary<string, string>
        {
            ["Password.Current"] = current,
            ["Password.New"] = @new,
            ["Password.Repeat"] = repeat,
        });
}
