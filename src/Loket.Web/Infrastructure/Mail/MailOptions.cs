using System.ComponentModel.DataAnnotations;

namespace Loket.Web.Infrastructure.Mail;

/// <summary>SMTP relay for notifications, from configuration "Mail". Without a host, mail is logged as skipped.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>STARTTLS when the server offers it; "None" only for a relay on the same host or in tests.</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "integriteitsloket@localhost";

    public string FromName { get; set; } = "Integriteitsloket";

    /// <summary>Absolute base address used in links inside mails, e.g. https://integriteit.example.nl.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5000";
}
