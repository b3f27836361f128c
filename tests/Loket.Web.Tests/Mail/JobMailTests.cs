using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Mail;

/// <summary>
/// The order every job keeps (Infrastructure/Jobs/JobNotifications): record with the mails, commit,
/// then send; a mail the server refused waits and goes at the next run, and nothing goes twice.
/// </summary>
public sealed class JobMailTests
{
    private static async Task RunAsync(LoketApp app, string job)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == job).RunAsync(CancellationToken.None);
    }

    // A port where a mail server was and is no more: connecting is refused.
    private static async Task<(int Port, Dictionary<string, string?> Settings)> MailServerDownAsync()
    {
        await using var down = TestSmtpServer.Start();
        return (down.Port, down.Settings);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_reminder_the_mail_server_could_not_take_is_recorded_and_sent_at_the_next_run_once(DatabaseKind kind)
    {
        var (port, settings) = await MailServerDownAsync();
        await using var app = await LoketApp.StartAsync(kind, settings);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        await Declarations.DeclarationSteps.SubmitGiftAsync(mila, "Fles wijn");
        app.Time.Advance(TimeSpan.FromDays(14));

        await RunAsync(app, "declarations-decision-reminders");
        var recorded = await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.ReminderSentAt != null), "leiden");
        // The reminder, and the notice of the submission that the server was already down for.
        var waiting = await app.WithDbAsync(db => db.PendingMails.OrderBy(m => m.Subject).Select(m => m.Subject).ToListAsync());
        await using var smtp = TestSmtpServer.StartOn(port);
        await RunAsync(app, "declarations-decision-reminders");
        await RunAsync(app, "declarations-decision-reminders");

        Assert.Equal(1, recorded);
        Assert.Equal(["Er is een opgave voor je om over te beslissen", "Herinnering: een opgave wacht op je besluit"], waiting);
        Assert.Equal(["Er is een opgave voor je om over te beslissen", "Herinnering: een opgave wacht op je besluit"], smtp.Messages.Select(m => m.Subject).Order());
        Assert.All(smtp.Messages, m => Assert.Equal("1002@demo.invalid", m.To.Mailboxes.Single().Address));
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_clock_reminder_the_mail_server_could_not_take_goes_at_the_next_run_and_never_twice(DatabaseKind kind)
    {
        var (port, settings) = await MailServerDownAsync();
        await using var app = await LoketApp.StartAsync(kind, settings);
        await app.WithDbAsync(async db =>
        {
            var officer = await db.Users.SingleAsync(u => u.UserName == "integriteit@leiden");
            officer.Email = "integriteit.leiden@example.org";
            return await db.SaveChangesAsync();
        });
        using var reporter = app.CreateLoketClient();
        await Meldpunt.MeldpuntSteps.ReportAnonymouslyAsync(app, reporter, "leiden", "Er verdwijnen laptops uit het magazijn.");
        app.Time.Advance(TimeSpan.FromDays(5.5));

        await RunAsync(app, "meldpunt-termijnen");
        var notices = await app.WithDbAsync(db => db.ClockNotices.IgnoreQueryFilters().CountAsync());
        await using var smtp = TestSmtpServer.StartOn(port);
        await RunAsync(app, "meldpunt-termijnen");
        await RunAsync(app, "meldpunt-termijnen");

        Assert.Equal(1, notices);
        Assert.Contains(smtp.Messages, m => m.To.Mailboxes.Single().Address == "integriteit.leiden@example.org");
        // Each person once per mail: the report's arrival and the clock's reminder.
        Assert.Equal(smtp.Messages.Count, smtp.Messages.Select(m => (m.To.Mailboxes.Single().Address, m.Subject)).Distinct().Count());
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
    }
}
