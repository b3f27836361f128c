using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Loket.Web.Identity.Passwords;

public enum PasswordLinkPurpose
{
    /// <summary>A new user sets a first password (valid for <see cref="PasswordLink.InvitationLifetime"/>).</summary>
    Invitation,

    /// <summary>A user who forgot the password sets a new one (valid for <see cref="PasswordLink.ResetLifetime"/>).</summary>
    Reset,
}

/// <summary>
/// A one-time link by which one account sets its password. Only a SHA-256 hash of the token is stored:
/// whoever reads the database (or a backup) cannot use an open link. A link ends when it is used, when it
/// expires, or when a newer link is sent to the same account (<see cref="Supersede"/>).
/// </summary>
public sealed class PasswordLink
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);

    private PasswordLink()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    /// <summary>The municipality the link was issued for; the set-password page names it and signs in there.</summary>
    public Guid TenantId { get; private set; }

    public PasswordLinkPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>A new link and the token that goes in the mail (and nowhere else).</summary>
    public static (PasswordLink Link, string Token) Issue(Guid userId, Guid tenantId, PasswordLinkPurpose purpose, DateTimeOffset now)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var lifetime = purpose == PasswordLinkPurpose.Invitation ? InvitationLifetime : ResetLifetime;
        var link = new PasswordLink { UserId = userId, TenantId = tenantId, Purpose = purpose, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + lifetime };
        return (link, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public PasswordLinkState StateAt(DateTimeOffset now) =>
        UsedAt is not null ? PasswordLinkState.Used
        : SupersededAt is not null ? PasswordLinkState.Superseded
        : now >= ExpiresAt ? PasswordLinkState.Expired
        : PasswordLinkState.Open;

    public void Use(DateTimeOffset now) => UsedAt = now;

    public void Supersede(DateTimeOffset now) => SupersededAt ??= now;
}

public enum PasswordLinkState
{
    Open,
    Used,
    Superseded,
    Expired,
}
