using Loket.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// A job's notification that is decided but not yet handed to the mail server: written in the same
/// save as the job's record of what it did, removed once sent (<see cref="JobNotifications"/>). It
/// carries what a <see cref="Notification"/> carries, so no content of a declaration or report.
/// </summary>
public sealed class PendingMail
{
    private PendingMail()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Empty for a mail to an employee (<see cref="ToEmployeeId"/>): the sender looks the address up when it sends.</summary>
    public string ToAddress { get; private set; } = "";

    /// <summary>
    /// For a notice to an employee: whose address to use, read at sending (one query for the whole pass), so
    /// the request that queues it spends no query on it and a corrected address is the one used.
    /// </summary>
    public Guid? ToEmployeeId { get; private set; }

    public string ToName { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string LinkPath { get; private set; } = "";

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>Failed attempts so far; each run tries again.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>
    /// Until when one sender holds it (<see cref="JobNotifications"/>): a request sending its own notice
    /// and a job sending all that wait never both send it; a sender that died lets go when it passes.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public static PendingMail For(Notification notification, DateTimeOffset now) => new()
    {
        ToAddress = notification.ToAddress,
        ToName = notification.ToName,
        Subject = notification.Subject,
        Text = notification.Text,
        LinkPath = notification.LinkPath,
        QueuedAt = now,
    };

    public static PendingMail ForEmployee(Guid employeeId, string subject, string text, string linkPath, DateTimeOffset now) => new()
    {
        ToEmployeeId = employeeId,
        Subject = subject,
        Text = text,
        LinkPath = linkPath,
        QueuedAt = now,
    };

    public Notification AsNotification() => new(ToAddress, ToName, Subject, Text, LinkPath);

    public Notification AsNotification(string address, string name) => new(address, name, Subject, Text, LinkPath);
}

internal sealed class PendingMailConfiguration : IEntityTypeConfiguration<PendingMail>
{
    public void Configure(EntityTypeBuilder<PendingMail> builder)
    {
        builder.ToTable("PendingMails");
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.LinkPath).HasMaxLength(400);
    }
}
