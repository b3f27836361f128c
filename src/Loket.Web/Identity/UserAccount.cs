namespace Loket.Web.Identity;

/// <summary>
/// A person who can sign in: with a local password (embedded default) and/or through the
/// municipality's OpenID Connect provider. Roles are never taken from the provider; they live in
/// <see cref="Membership"/> rows.
/// </summary>
public sealed class UserAccount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Login name, stored lower-case.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    public string? Email { get; set; }

    public string? PasswordHash { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>Base32 TOTP secret; two-step login is on when <see cref="TotpEnabled"/>.</summary>
    public string? TotpSecret { get; set; }

    public bool TotpEnabled { get; set; }

    /// <summary>
    /// Changes whenever a credential changes (password, second factor); the cookie carries the value it
    /// was issued with, and a cookie with another value is no longer accepted, so other sessions end.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    public static string NewSecurityStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>Demo accounts exist only while demo mode is on.</summary>
    public bool IsDemo { get; set; }

    public List<Membership> Memberships { get; } = [];

    public List<ExternalLogin> ExternalLogins { get; } = [];
}
