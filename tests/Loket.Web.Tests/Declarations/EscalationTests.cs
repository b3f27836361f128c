using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

public sealed class EscalationTests
{
    private static async Task RunJobAsync(LoketApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<DecisionReminderJob>().Single();
        await job.RunAsync(CancellationToken.None);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task No_decision_in_ten_working_days_reminds_the_manager_then_escalates_one_level_up_without_content_in_the_mail(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var id = await SubmitGiftAsync(mila, "Geheime fles cognac", giver: "Aannemer Geheim");

        // Wednesday 25 November + 13 days = Tuesday 8 December: nine working days.
        app.Time.Advance(TimeSpan.FromDays(13));
        await RunJobAsync(app);
        var afterNine = smtp.Messages.Count;
        app.Time.Advance(TimeSpan.FromDays(1));
        await RunJobAsync(app);
        await RunJobAsync(app);
        var reminder = Assert.Single(smtp.Messages);

        // Twenty working days after submission: escalation to Mark's manager, Sander.
        app.Time.Advance(TimeSpan.FromDays(14));
        await RunJobAsync(app);
        await RunJobAsync(app);
        var stored = await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => new { d.Decider!.EmployeeNumber, d.EscalatedAt }).SingleAsync(), "leiden");

        Assert.Equal(0, afterNine);
        Assert.Equal("1002@demo.invalid", reminder.To.Mailboxes.Single().Address);
        Assert.Equal(2, smtp.Messages.Count);
        var escalation = smtp.Messages.Last();
        Assert.Equal("1001@demo.invalid", escalation.To.Mailboxes.Single().Address);
        Assert.Equal("1001", stored.EmployeeNumber);
        Assert.NotNull(stored.EscalatedAt);
        foreach (var message in smtp.Messages)
        {
            Assert.DoesNotContain("cognac", message.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Geheim", message.TextBody + message.Subject, StringComparison.Ordinal);
            Assert.Contains($"/meldingen/{id}", message.TextBody, StringComparison.Ordinal);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task At_christmas_the_substitute_decides_and_a_relation_is_never_offered_the_decision(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 22, 9, 0, 0, TimeSpan.Zero));
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        var id = await SubmitGiftAsync(mila, "Kerstpakket");
        var decider = await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.Decider!.EmployeeNumber).SingleAsync(), "leiden");

        Assert.Equal("1010", decider);
    }

    [Fact]
    public void Working_days_skip_the_weekend()
    {
        Assert.Equal(5, WorkingDays.Between(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 2)));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 29)));
    }
}
