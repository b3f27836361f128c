using System.Text.RegularExpressions;
using Loket.Web.Tests.Infrastructure;
using MimeKit;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// The app with a real SMTP server next to it: invitations and reset links go out over SMTP and the
/// test reads them as the person's mailbox would. The mails' links point at Mail:BaseUrl
/// (https://loket.test.invalid); a test opens the path of such a link on this host.
/// </summary>
public sealed partial class MailingLoketHost : LoketHost
{
    public MailingLoketHost()
        : this(TestSmtpServer.Start())
    {
    }

    private MailingLoketHost(TestSmtpServer smtp)
        : base(smtp.Settings) => Smtp = smtp;

    public TestSmtpServer Smtp { get; }

    /// <summary>Waits for the <paramref name="count"/>th mail to <paramref name="address"/> (a mail may leave after the reply).</summary>
    public async Task<MimeMessage> MailAsync(string address, int count = 1)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            var mails = Smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
            if (mails.Count >= count)
            {
                return mails[count - 1];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail number {count} to {address} arrived.");
    }

    /// <summary>The path of the one-time password link in a mail, to open on this host.</summary>
    public static string PasswordLinkIn(MimeMessage mail) => PasswordLink().Match(mail.TextBody ?? string.Empty).Groups[1].Value is { Length: > 0 } path
        ? path
        : throw new InvalidOperationException("No password link in the mail: " + mail.TextBody);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    [GeneratedRegex(@"https://loket\.test\.invalid(/wachtwoord/instellen/[A-Za-z0-9_\-]+)")]
    private static partial Regex PasswordLink();
}
