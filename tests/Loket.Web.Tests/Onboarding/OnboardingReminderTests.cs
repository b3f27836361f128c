using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Onboarding;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Onboarding.OnboardingSteps;

namespace Loket.Web.Tests.Onboarding;

/// <summary>Issue 19 point 3: reminders before a deadline to the person and HR, escalation to the manager after it, nothing twice, Dutch public holidays skipped.</summary>
public sealed class OnboardingReminderTests
{
    private static async Task RunJobAsync(LoketApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IScheduledJob>().OfType<OnboardingReminderJob>().Single().RunAsync(CancellationToken.None);
    }

    private static Task<int> GiveHrAnAddressAsync(LoketApp app) => app.WithDbAsync(async db =>
    {
        (await db.Users.SingleAsync(u => u.UserName == "hr@leiden")).Email = "hr.leiden@example.org";
        return await db.SaveChangesAsync();
    });

    [Theory, OnSqlite, OnPostgres]
    public async Task A_hired_person_and_HR_are_reminded_three_working_days_before_the_statement_is_due_counting_christmas_out_then_the_manager_once(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        await GiveHrAnAddressAsync(app);
        // Starts Tuesday 29 December: the statement is due Monday 28; three working days before that, with
        // Christmas (Friday 25) and the weekend out, is Tuesday 22 (without the holiday it would be Wednesday 23).
        var mila = await MakeMilaNewAsync(app, "leiden", EmploymentType.Inhuurkracht, new DateOnly(2026, 12, 29));
        using var hr = await LoginAsync(app, "leiden", "hr");
        await OpenChecklistAsync(hr, mila);
        smtp.Messages.Clear();

        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 21, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        var onMonday = smtp.Messages.Count;
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 22, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        await RunJobAsync(app);
        var reminders = smtp.Messages.Select(m => (m.To.Mailboxes.Single().Address, m.Subject)).Order().ToList();
        smtp.Messages.Clear();

        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 28, 20, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        var onTheDay = smtp.Messages.Count;
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);
        await RunJobAsync(app);
        var escalations = smtp.Messages.Select(m => (m.To.Mailboxes.Single().Address, m.Subject)).Order().ToList();
        var item = (await app.WithDbAsync(db => db.Checklists.SingleAsync(), "leiden")).Item(ItemKind.Statement)!;

        Assert.Equal(0, onMonday);
        Assert.Equal([("1003@demo.invalid", "Herinnering: je start bij de gemeente"), ("hr.leiden@example.org", "Herinnering: checklists van nieuwe medewerkers")], reminders);
        Assert.Equal(0, onTheDay);
        Assert.Equal([("1002@demo.invalid", "Indiensttreding in je team loopt achter"), ("hr.leiden@example.org", "Checklists van nieuwe medewerkers lopen achter")], escalations);
        Assert.NotNull(item.ReminderSentAt);
        Assert.NotNull(item.EscalatedAt);
        Assert.Equal(0, await app.WithDbAsync(db => db.PendingMails.CountAsync()));
        Assert.All(smtp.Messages, m => Assert.DoesNotContain("Mila", m.TextBody, StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_statement_signed_in_time_is_never_reminded_or_escalated(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        await GiveHrAnAddressAsync(app);
        var mila = await MakeMilaNewAsync(app, "leiden", EmploymentType.Inhuurkracht, new DateOnly(2026, 12, 21));
        using var hr = await LoginAsync(app, "leiden", "hr");
        await OpenChecklistAsync(hr, mila);
        using var hired = await LoginAsync(app, "leiden", "medewerker");
        await hired.PostFormAsync("/mijn/indiensttreding", "form#verklaring-ondertekenen", new Dictionary<string, string> { ["Agree"] = "true" });
        smtp.Messages.Clear();

        app.Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(app);

        Assert.Empty(smtp.Messages);
    }
}
