using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Loket.Web.Infrastructure.Mail;

/// <summary>Sends notifications over SMTP (MailKit). One connection per batch.</summary>
public sealed class Mailer(IOptions<MailOptions> options, ILogger<Mailer> logger)
{
    public Task<int> SendAsync(IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken = default) =>
        SendAsync(notifications, accepted: null, cancellationToken);

    /// <summary>
    /// Sends each in turn over one connection; <paramref name="accepted"/> hears of each one the server took, so a
    /// caller whose batch fails halfway knows which ones went.
    /// </summary>
    public async Task<int> SendAsync(IReadOnlyCollection<Notification> notifications, Action<Notification>? accepted, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (notifications.Count == 0)
        {
            return 0;
        }

        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            // Logged without addresses or content: logs are not a place for personal data.
            logger.LogWarning("Mail:Host is not configured; {Count} notification(s) not sent", notifications.Count);
            return 0;
        }

        using var client = new SmtpClient();
        var security = settings.Security switch
        {
            "None" => SecureSocketOptions.None,
            "StartTls" => SecureSocketOptions.StartTls,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        foreach (var notification in notifications)
        {
            await client.SendAsync(Compose(settings, notification), cancellationToken);
            accepted?.Invoke(notification);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return notifications.Count;
    }

    private static MimeMessage Compose(MailOptions settings, Notification notification)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(notification.ToName, notification.ToAddress));
        message.Subject = notification.Subject;
        var link = new Uri(new Uri(settings.BaseUrl), notification.LinkPath);
        message.Body = new TextPart("plain")
        {
            Text = $"{notification.Text}\n\nBekijk het in Integriteitsloket: {link}\n\nDit bericht is automatisch verstuurd. De inhoud staat alleen in Integriteitsloket.",
        };
        return message;
    }
}
