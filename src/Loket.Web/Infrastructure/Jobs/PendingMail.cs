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

    public string ToAddress { get; private set; } = "";

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

    public Notification AsNotification() => new(ToAddress, ToName, Subject, Text, LinkPath);
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
