using System.Net;
using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Tenants;

/// <summary>
/// Issue 16 point 1: an empty server, without the demo, set up with exactly the commands of
/// docs/operations.md, then run by its own people until an employee's gift is judged by the
/// municipality's code of conduct.
/// </summary>
public sealed class EmptyInstallTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_walkthrough_in_the_operations_guide_takes_an_empty_server_to_a_judged_gift(DatabaseKind kind)
    {
        var (commands, people) = OperationsWalkthrough.Read();
        var folder = Directory.CreateTempSubdirectory("loket-install-");
        var keyFile = Path.Combine(folder.FullName, "kek.json");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "medewerkers.csv"), people);
        var database = await TestDatabase.CreateAsync(kind);
        var passwords = new Dictionary<string, string>();
        foreach (var args in commands)
        {
            var result = await LoketCli.RunInAsync(folder.FullName, database, keyFile, args);
            Assert.True(result.ExitCode == 0, $"loket {string.Join(' ', args)}: exit {result.ExitCode}\n{result.Output}\n{result.Error}");
            if (args is ["admin", "create", ..])
            {
                passwords[args[Array.IndexOf(args, "--user") + 1]] = result.Output.Split("Beginwachtwoord (eenmalig getoond): ")[1].Split('\n')[0].Trim();
            }
        }

        await using var app = new LoketApp(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "false", ["Crypto:KeyFile"] = keyFile });
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.IsDemo)));

        // The administrator: two-step login first, then checks what the public sees and adds Eva.
        using var bas = await SignInWithSecondFactorAsync(app, "beheer@leiden", passwords["beheer@leiden"]);
        var (shown, details) = await bas.GetPageAsync("/beheer/gemeente");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("071 123 4567", details.QuerySelector("#Contact_Phone")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("Vera de Vries", details.Body!.TextContent, StringComparison.Ordinal);
        using var visitor = app.CreateLoketClient();
        var (_, report) = await visitor.GetPageAsync("/melden");
        var contact = report.QuerySelector("details.loket-contact")!.TextContent;
        Assert.Contains("Voorbeeldstraat 1, 2300 AA Leiden", contact, StringComparison.Ordinal);
        Assert.Contains("Vera de Vries (intern, afdeling Publiekszaken)", contact, StringComparison.Ordinal);

        var added = await bas.PostFormAsync("/beheer/gebruikers", "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.UserName"] = "e.evers@leiden",
            ["Input.DisplayName"] = "Eva Evers",
            ["Input.EmployeeNumber"] = "2002",
            ["Input.Password"] = "Eva-haar-eigen-wachtwoord",
            ["Input.RoleNames"] = nameof(Role.Employee),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // The second administrator approves the link to Eva's employee record (four eyes).
        using var ilse = await SignInWithSecondFactorAsync(app, "integriteit@leiden", passwords["integriteit@leiden"]);
        var (_, approvals) = await ilse.GetPageAsync("/beheer/goedkeuren");
        Assert.Equal(HttpStatusCode.Redirect, (await ilse.SubmitAsync(approvals, "form[action*='Approve']", new Dictionary<string, string>(), "/beheer/goedkeuren")).StatusCode);

        // Eva declares a gift; Leiden's code in force judges it, and it goes to her manager.
        using var eva = app.CreateLoketClient();
        Assert.Equal("/mijn", (await eva.LoginAsync("leiden", "e.evers@leiden", "Eva-haar-eigen-wachtwoord")).Headers.Location?.OriginalString);
        var id = await SubmitGiftAsync(eva, "Bos bloemen na een huwelijk", "Familie Jansen", "30");

        var gift = await app.WithDbAsync(db => db.Declarations.Include(d => d.Decider).SingleAsync(d => d.Id == id), "leiden");
        Assert.Equal(Verdict.Groen, gift.Verdict);
        Assert.StartsWith("leiden 1.3", gift.Citation, StringComparison.Ordinal);
        Assert.Equal("Lotte Leiding", gift.Decider?.Name);
        folder.Delete(recursive: true);
    }

    private static async Task<LoketClient> SignInWithSecondFactorAsync(LoketApp app, string userName, string password)
    {
        var client = app.CreateLoketClient();
        Assert.Equal("/mijn", (await client.LoginAsync("leiden", userName, password)).Headers.Location?.OriginalString);
        var (_, account) = await client.GetPageAsync("/account");
        var secret = account.QuerySelector("input[name=NewSecret]")!.GetAttribute("value")!;
        var enabled = await client.SubmitAsync(account, "form[action*='Enable']", new Dictionary<string, string> { ["Code"] = Totp.CodeAt(secret, app.Time) }, "/account");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return client;
    }
}
