using System.Text.RegularExpressions;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Loket.Web.Tests.Identity;

/// <summary>Reading account mails as they arrive at the test's SMTP server, and the people they go to.</summary>
internal static partial class AccountMailSteps
{
    /// <summary>Waits for the <paramref name="count"/>th mail to <paramref name="address"/> (some are sent after the reply).</summary>
    public static async Task<MimeMessage> WaitForMailAsync(TestSmtpServer smtp, string address, int count = 1)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            var mails = smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
            if (mails.Count >= count)
            {
                return mails[count - 1];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail number {count} to {address} arrived.");
    }

    public static int MailsTo(TestSmtpServer smtp, string address) => smtp.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address == address));

    /// <summary>The path of the one-time link in a mail, as a person would click it.</summary>
    public static string LinkIn(MimeMessage mail) => LinkPattern().Match(mail.TextBody ?? string.Empty).Groups[1].Value is { Length: > 0 } path
        ? path
        : throw new InvalidOperationException("No password link in the mail: " + mail.TextBody);

    /// <summary>A new employee of <paramref name="tenant"/>, employed since 2020, with an e-mail address of their own.</summary>
    public static async Task<(Guid Id, string Email)> NewEmployeeAsync(LoketApp app, string tenant, string name)
    {
        var number = $"T{Guid.NewGuid():N}"[..10];
        var email = $"{number.ToLowerInvariant()}@{tenant}.example.org";
        var id = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Tenants.Where(t => t.Slug == tenant).Select(t => t.Id).SingleAsync();
            var employee = new Employee { TenantId = tenantId, EmployeeNumber = number, Name = name, Email = email, StartDate = new DateOnly(2020, 1, 1) };
            db.Employees.Add(employee);
            await db.SaveChangesAsync();
            return employee.Id;
        }, tenant);
        return (id, email);
    }

    [GeneratedRegex(@"https://loket\.test\.invalid(/wachtwoord/instellen/[A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();
}
