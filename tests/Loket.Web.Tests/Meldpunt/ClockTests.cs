using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ClockTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_7_day_and_3_month_clocks_remind_the_desk_then_escalate_to_the_secretary_once_each_without_content(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        await app.WithDbAsync(async db =>
        {
            foreach (var user in await db.Users.Where(u => u.UserName == "integriteit@leiden" || u.UserName == "secretaris@leiden" || u.UserName == "meldpunt@leidse-regio").ToListAsync())
            {
                user.Email = user.UserName.Replace('@', '.') + "@example.org";
            }

            return await db.SaveChangesAsync();
        });
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Vertrouwelijke stukken liggen bij het oud papier.");
        // The desk heard of its arrival at once (DeskNotice); the clocks are what is tried here.
        Assert.All(smtp.Messages, m => Assert.Equal("Er is een nieuwe melding bij het meldpunt", m.Subject));
        smtp.Messages.Clear();

        await RunClockJobAsync(app);
        Assert.Empty(smtp.Messages);

        app.Time.Advance(TimeSpan.FromDays(5.5));
        await RunClockJobAsync(app);
        await RunClockJobAsync(app);
        var reminders = smtp.Messages.ToList();
        Assert.Equal(["integriteit.leiden@example.org", "meldpunt.leidse-regio@example.org"], reminders.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(reminders, m => Assert.Equal("Termijn meldpunt verloopt binnenkort", m.Subject));

        app.Time.Advance(TimeSpan.FromDays(2));
        await RunClockJobAsync(app);
        await RunClockJobAsync(app);
        var escalation = Assert.Single(smtp.Messages.Skip(2));
        Assert.Equal("secretaris.leiden@example.org", escalation.To.Mailboxes.Single().Address);
        Assert.Equal("Termijn meldpunt verstreken", escalation.Subject);

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        Assert.Contains("Te laat", (await PageAsync(officer, "/meldpunt/dossiers")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await TakeAsync(officer, filed.ReportId);
        await CaseActionAsync(officer, filed.ReportId, "Acknowledge");
        var acknowledged = app.Time.GetUtcNow();

        // Three months after the acknowledgement, with a warning two weeks before.
        app.Time.Advance(acknowledged.AddMonths(3) - acknowledged - TimeSpan.FromDays(13));
        await RunClockJobAsync(app);
        var feedbackReminder = Assert.Single(smtp.Messages.Skip(3));
        Assert.Equal("integriteit.leiden@example.org", feedbackReminder.To.Mailboxes.Single().Address);
        Assert.Contains("terugkoppeling", feedbackReminder.TextBody, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromDays(14));
        await RunClockJobAsync(app);
        await RunClockJobAsync(app);
        Assert.Equal(6, smtp.Messages.Count);
        Assert.Contains(smtp.Messages.Skip(4), m => m.To.Mailboxes.Single().Address == "secretaris.leiden@example.org");

        Assert.All(smtp.Messages, m =>
        {
            Assert.DoesNotContain("oud papier", m.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(filed.Reference, m.TextBody + m.Subject, StringComparison.Ordinal);
        });

        // Feedback given (months later, so a fresh sign-in): the clock is met and stays quiet.
        using var again = app.CreateLoketClient();
        await again.LoginAsDemoAsync("leiden", "integriteit");
        await CaseActionAsync(again, filed.ReportId, "Reply", new() { ["reply"] = "Wij hebben de stukken laten vernietigen.", ["feedback"] = "true" });
        var clocks = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.All(Web.Meldpunt.Case.CaseClocks.For(clocks, app.Time.GetUtcNow()), c => Assert.Equal(Web.Meldpunt.Case.ClockState.Met, c.State));
    }

    [Theory, OnSqlite]
    public async Task With_automatic_acknowledgement_the_7_day_clock_is_met_at_once_and_the_reporter_reads_it(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind, new Dictionary<string, string?> { ["Meldpunt:AutoAcknowledge"] = "true" });
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiderdorp", "Een aanbesteding is op maat geschreven.");

        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal(LoketApp.Start, report.AcknowledgedAt);
        Assert.Equal(Web.Meldpunt.Case.ClockState.Met, Web.Meldpunt.Case.CaseClocks.For(report, app.Time.GetUtcNow())[0].State);
        Assert.Contains("Wij hebben je melding ontvangen", (await PageAsync(reporter, "/melden/inbox")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task RunClockJobAsync(LoketApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "meldpunt-termijnen").RunAsync(CancellationToken.None);
    }
}
