using System.Net;
using Loket.Web.Identity.Passwords;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Identity.AccountMailSteps;

namespace Loket.Web.Tests.Identity;

public sealed class PasswordResetTests
{
    private const string Chosen = "Een nieuwe zin als wachtwoord 2027";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_forgotten_password_is_reset_through_a_one_time_link_with_the_same_answer_for_unknown_addresses(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        var userName = await app.CreateAccountAsync("leiden", "vergeet", Loket.Web.Identity.Role.Employee);
        var email = $"{userName.Split('@')[0]}@example.org";
        await app.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.UserName == userName)).Email = email; return await db.SaveChangesAsync(); });
        using var session = app.CreateLoketClient();
        await session.LoginAsync("leiden", userName, TestAccounts.Password);
        using var client = app.CreateLoketClient();

        var unknown = await AnswerAsync(client, "leiden", "niemand@example.org");
        var wrongMunicipality = await AnswerAsync(client, "leiderdorp", email);
        var known = await AnswerAsync(client, "leiden", email);
        Assert.Equal(unknown, known);
        Assert.Contains("Als er bij Gemeente Leiden een account is met dit e-mailadres", known, StringComparison.Ordinal);

        var link = LinkIn(await WaitForMailAsync(smtp, email));
        await AnswerAsync(client, "leiden", email);
        await Task.Delay(500);
        Assert.Equal(1, MailsTo(smtp, email));
        Assert.Equal(0, MailsTo(smtp, "niemand@example.org"));
        _ = wrongMunicipality;

        var set = await client.PostFormAsync(link, "main form", new Dictionary<string, string> { ["Input.New"] = Chosen, ["Input.Repeat"] = Chosen });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/mijn", (await app.CreateLoketClient().LoginAsync("leiden", userName, Chosen)).Headers.Location?.OriginalString);
        Assert.NotEqual("/mijn", (await app.CreateLoketClient().LoginAsync("leiden", userName, TestAccounts.Password)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/mijn")).StatusCode);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == userId.ToString()).Select(a => a.Action + " " + a.Summary).ToListAsync());
        Assert.Contains("PasswordResetRequested link verstuurd", trail);
        Assert.Contains("PasswordResetRequested niet verstuurd: kort geleden al een link verstuurd", trail);
        Assert.Contains(trail, t => t.StartsWith("PasswordReset wachtwoord ingesteld", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_reset_link_expires_after_an_hour(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        var userName = await app.CreateAccountAsync("leiden", "traag", Loket.Web.Identity.Role.Employee);
        var email = $"{userName.Split('@')[0]}@example.org";
        await app.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.UserName == userName)).Email = email; return await db.SaveChangesAsync(); });
        using var client = app.CreateLoketClient();
        await AnswerAsync(client, "leiden", email);
        var link = LinkIn(await WaitForMailAsync(smtp, email));

        app.Time.Advance(PasswordLink.ResetLifetime);

        var (_, page) = await client.GetPageAsync(link);
        Assert.Contains("verlopen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name='Input.New']"));
    }

    private static async Task<string> AnswerAsync(LoketClient client, string tenant, string email)
    {
        var posted = await client.PostFormAsync("/wachtwoord/vergeten", "main form", new Dictionary<string, string> { ["Input.Tenant"] = tenant, ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (_, page) = await client.GetPageAsync("/wachtwoord/vergeten");
        return page.QuerySelector("[role=status]")!.TextContent.Replace("Gemeente Leiderdorp", "Gemeente Leiden", StringComparison.Ordinal);
    }
}
