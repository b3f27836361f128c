using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Time;
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
        // The notice that it arrived went at once (DeclarationNotices); the reminders are what is tried here.
        Assert.Equal("Er is een opgave voor je om over te beslissen", Assert.Single(smtp.Messages).Subject);
        smtp.Messages.Clear();

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
    public async Task A_code_that_sets_its_own_decision_term_reminds_after_that_many_working_days(DatabaseKind kind)
    {
        // A copy of the shipped policies in which Leiden's code gives the decider three working days.
        var policies = Path.Combine(Path.GetTempPath(), "loket-tests", $"policies-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "policies"), "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(policies, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "policies"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var leiden = Path.Combine(policies, "leiden", "1.3.yaml");
        File.WriteAllText(leiden, File.ReadAllText(leiden).Replace("parameters:\n", "parameters:\n  decision-term:\n    working-days: 3\n", StringComparison.Ordinal));
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, new Dictionary<string, string?>(smtp.Settings) { ["Policies:Root"] = policies });
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        using var leo = app.CreateLoketClient();
        await leo.LoginAsDemoAsync("leiderdorp", "medewerker");
        await SubmitGiftAsync(mila, "Bos bloemen");
        await SubmitGiftAsync(leo, "Doos bonbons");
        Assert.All(smtp.Messages, m => Assert.Equal("Er is een opgave voor je om over te beslissen", m.Subject));
        smtp.Messages.Clear();

        // Wednesday 25 November + 5 days = Monday 30 November: three working days.
        app.Time.Advance(TimeSpan.FromDays(5));
        await RunJobAsync(app);

        // Only Leiden's decider is reminded; Leiderdorp's code sets no term, so its ten days still run.
        var reminder = Assert.Single(smtp.Messages);
        Assert.Equal("1002@demo.invalid", reminder.To.Mailboxes.Single().Address);
        Assert.Equal(1, await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.ReminderSentAt != null), "leiden"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.ReminderSentAt != null), "leiderdorp"));
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

    [Theory, OnSqlite, OnPostgres]
    public async Task The_decision_term_counts_christmas_and_new_year_out_like_the_onboarding_deadlines(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero));
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        await SubmitGiftAsync(mila, "Kerststol");
        smtp.Messages.Clear();

        // Submitted Wednesday 16 December. Christmas (Friday 25) and New Year's Day (Friday 1 January) are no
        // working days, so the tenth is Thursday 31 December, not Wednesday 30 (weekdays only).
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 30, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        var onTheThirtieth = smtp.Messages.Count;
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        var reminder = Assert.Single(smtp.Messages);
        smtp.Messages.Clear();

        // The twentieth is Friday 15 January, not Wednesday 13.
        app.Time.SetUtcNow(new DateTimeOffset(2027, 1, 14, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        var onTheFourteenth = smtp.Messages.Count;
        app.Time.SetUtcNow(new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        await RunJobAsync(app);

        Assert.Equal(0, onTheThirtieth);
        Assert.Equal("Herinnering: een opgave wacht op je besluit", reminder.Subject);
        Assert.Contains("10 werkdagen", reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, onTheFourteenth);
        var escalation = Assert.Single(smtp.Messages);
        Assert.Equal("Een opgave wacht te lang op een besluit", escalation.Subject);
        Assert.Contains("20 werkdagen", escalation.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_skip_the_weekend_and_dutch_public_holidays()
    {
        Assert.Equal(5, DutchWorkingDays.Between(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 2)));
        Assert.Equal(0, DutchWorkingDays.Between(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 29)));
        // Christmas 2026 is a Friday, Boxing Day a Saturday; King's Day 2027 is a Tuesday.
        Assert.Equal(1, DutchWorkingDays.Between(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 28)));
        Assert.Equal(1, DutchWorkingDays.Between(new DateOnly(2027, 4, 26), new DateOnly(2027, 4, 28)));
    }
}
