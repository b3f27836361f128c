using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Mail;

/// <summary>
/// A notice goes out when something arrives or is decided (issue 16 point 6), over real SMTP, once, and
/// without content: no subject, giver, name or word of a report; just that there is something, with a link.
/// </summary>
public sealed class NoticeTests
{
    private static async Task RunAllJobsAsync(LoketApp app)
    {
        foreach (var name in new[] { "declarations-decision-reminders", "meldpunt-termijnen" })
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name).RunAsync(CancellationToken.None);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Submitting_tells_the_manager_and_deciding_tells_the_employee_at_once_once_and_without_content(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var id = await SubmitGiftAsync(mila, "Geheime fles cognac", giver: "Aannemer Geheim");
        var arrived = smtp.Messages.ToList();
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");

        await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.GiftDestination"] = "Display" });
        await RunAllJobsAsync(app);

        var toManager = Assert.Single(arrived);
        Assert.Equal("1002@demo.invalid", toManager.To.Mailboxes.Single().Address);
        Assert.Equal("Er is een opgave voor je om over te beslissen", toManager.Subject);
        var decided = Assert.Single(smtp.Messages.Skip(1));
        Assert.Equal("Er is een besluit over je opgave", decided.Subject);
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
        var milaAddress = await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.Employee!.Email).SingleAsync(), "leiden");
        Assert.Equal(milaAddress, decided.To.Mailboxes.Single().Address);
        foreach (var message in smtp.Messages)
        {
            Assert.Contains($"/meldingen/{id}", message.TextBody, StringComparison.Ordinal);
            foreach (var secret in new[] { "cognac", "Geheim", "Display", "Tentoonstellen" })
            {
                Assert.DoesNotContain(secret, message.TextBody + message.Subject, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_new_report_tells_the_desks_officers_at_once_once_and_without_a_word_of_it(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        await app.WithDbAsync(async db =>
        {
            var officer = await db.Users.SingleAsync(u => u.UserName == "integriteit@leiden");
            officer.Email = "integriteit.leiden@example.org";
            var elsewhere = await db.Users.SingleAsync(u => u.UserName == "integriteit@s-hertogenbosch");
            elsewhere.Email = "integriteit.den-bosch@example.org";
            return await db.SaveChangesAsync();
        });
        using var reporter = app.CreateLoketClient();

        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Er verdwijnen laptops uit het magazijn van Jansen.");
        await RunAllJobsAsync(app);

        var notice = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Single().Address == "integriteit.leiden@example.org");
        Assert.Equal("Er is een nieuwe melding bij het meldpunt", notice.Subject);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Single().Address == "integriteit.den-bosch@example.org");
        Assert.All(smtp.Messages, m =>
        {
            Assert.DoesNotContain("laptops", m.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Jansen", m.TextBody + m.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain(filed.Reference, m.TextBody + m.Subject, StringComparison.Ordinal);
        });
        Assert.Equal(smtp.Messages.Count, smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_notice_the_mail_server_could_not_take_waits_with_the_declaration_and_goes_once_at_the_next_job_run(DatabaseKind kind)
    {
        int port;
        Dictionary<string, string?> settings;
        await using (var down = TestSmtpServer.Start())
        {
            (port, settings) = (down.Port, down.Settings);
        }

        await using var app = await LoketApp.StartAsync(kind, settings);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var id = await SubmitGiftAsync(mila, "Fles wijn");
        var waiting = await app.WithDbAsync(db => db.PendingMails.SingleAsync());
        var stored = await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.Id == id), "leiden");
        await using var smtp = TestSmtpServer.StartOn(port);

        await RunAllJobsAsync(app);
        await RunAllJobsAsync(app);

        Assert.Equal(1, stored);
        Assert.Equal(1, waiting.FailedAttempts);
        Assert.Null(waiting.ClaimedUntil);
        Assert.Equal("Er is een opgave voor je om over te beslissen", Assert.Single(smtp.Messages).Subject);
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_server_that_fails_halfway_keeps_only_the_unsent_notices_and_nobody_gets_one_twice(DatabaseKind kind)
    {
        var halfway = TestSmtpServer.AcceptingOnly(1);
        await using var app = await LoketApp.StartAsync(kind, halfway.Settings);
        var (withAddress, withoutAddress) = await app.WithDbAsync(async db =>
        {
            var people = await db.Employees.Where(e => e.Email != null).OrderBy(e => e.Id).Take(4).ToListAsync();
            people[3].Email = null; // an employee without an address gets no notice, and it does not wait forever
            await db.SaveChangesAsync();
            return (people.Take(3).ToList(), people[3]);
        }, "leiden");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var notices = scope.ServiceProvider.GetRequiredService<JobNotifications>();
            foreach (var person in withAddress)
            {
                notices.QueueFor(person.Id, "Er is een opgave voor je om over te beslissen", "Er is een opgave voor je om over te beslissen.", "/beslissen");
            }

            notices.QueueFor(withoutAddress.Id, "Er is een besluit over je opgave", "Er is een besluit genomen over een opgave van je.", "/meldingen");
            await notices.CommitAndSendAsync(CancellationToken.None);
        }

        var first = Assert.Single(halfway.Messages);
        var waiting = await app.WithDbAsync(db => db.PendingMails.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, m => Assert.Equal((1, (DateTimeOffset?)null), (m.FailedAttempts, m.ClaimedUntil)));
        Assert.DoesNotContain(waiting, m => m.ToEmployeeId == withoutAddress.Id);

        await halfway.DisposeAsync();
        await using var smtp = TestSmtpServer.StartOn(halfway.Port);
        await RunAllJobsAsync(app);

        var all = new[] { first }.Concat(smtp.Messages).Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(withAddress.Select(p => p.Email!).Order(), all.Order());
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
    }
}
