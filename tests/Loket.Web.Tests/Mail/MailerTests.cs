using Loket.Web.Infrastructure.Mail;
using Loket.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Mail;

public sealed class MailerTests
{
    [Fact]
    public async Task A_notification_crosses_real_SMTP_with_a_neutral_text_and_a_link_but_no_content()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, smtp.Settings);
        await using var scope = app.Services.CreateAsyncScope();

        var sent = await scope.ServiceProvider.GetRequiredService<Mailer>().SendAsync(
            [new Notification("mark@example.org", "Mark Manager", "Er wacht een melding op je besluit", "Een medewerker van je team heeft iets gemeld.", "/beslissen")]);

        Assert.Equal(1, sent);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("Er wacht een melding op je besluit", message.Subject);
        Assert.Equal("mark@example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("https://loket.test.invalid/beslissen", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("De inhoud staat alleen in Integriteitsloket", message.TextBody, StringComparison.Ordinal);
    }
}
