using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

public enum LoginOutcome
{
    Success,
    NeedsCode,
    Invalid,
    LockedOut,

    /// <summary>The right password, but the employment in this municipality has ended (<see cref="Employment.EmploymentAccess"/>).</summary>
    EmploymentEnded,
}

public sealed record LoginResult(LoginOutcome Outcome, UserAccount? User = null);

/// <summary>
/// Local accounts of the embedded default: PBKDF2 password hashes (ASP.NET Core Identity v3 format),
/// lockout after repeated failures, and an optional TOTP second step. The same answer is given
/// for an unknown user and a wrong password, so names cannot be probed.
/// </summary>
public sealed class LocalLogin(LoketDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // Hashed for unknown names so they cost as much time as known ones.
    private static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(null!, "niet-bestaand-account");

    public async Task<LoginResult> CheckPasswordAsync(string tenantSlug, string userName, string password, CancellationToken cancellationToken = default)
    {
        var normalized = userName.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == normalized, cancellationToken);
        var hasMembership = user is not null && await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.UserId == user.Id && db.Tenants.Any(t => t.Id == m.TenantId && t.Slug == tenantSlug), cancellationToken);
        if (user?.PasswordHash is null || !hasMembership)
        {
            hasher.VerifyHashedPassword(null!, DummyHash, password);
            return new LoginResult(LoginOutcome.Invalid);
        }

        if (IsLockedOut(user))
        {
            return new LoginResult(LoginOutcome.LockedOut);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return await FailAsync(user, cancellationToken);
        }

        // Said only after the right password, so it tells nothing to someone who guesses.
        var tenantId = await db.Tenants.Where(t => t.Slug == tenantSlug).Select(t => t.Id).FirstAsync(cancellationToken);
        if (!await Employment.EmploymentAccess.AllowsAsync(db, user.Id, tenantId, time, cancellationToken))
        {
            return new LoginResult(LoginOutcome.EmploymentEnded);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        if (user.TotpEnabled)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new LoginResult(LoginOutcome.NeedsCode, user);
        }

        return await SucceedAsync(user, cancellationToken);
    }

    /// <summary>Second step: the six-digit code from the authenticator app.</summary>
    public async Task<LoginResult> CheckCodeAsync(Guid userId, string code, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || !user.TotpEnabled || user.TotpSecret is null)
        {
            return new LoginResult(LoginOutcome.Invalid);
        }

        if (IsLockedOut(user))
        {
            return new LoginResult(LoginOutcome.LockedOut);
        }

        return Totp.IsValid(user.TotpSecret, code, time) ? await SucceedAsync(user, cancellationToken) : await FailAsync(user, cancellationToken);
    }

    private bool IsLockedOut(UserAccount user) => user.LockoutEnd is { } end && end > time.GetUtcNow();

    private async Task<LoginResult> FailAsync(UserAccount user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount++;
        if (user.AccessFailedCount >= MaxFailures)
        {
            user.LockoutEnd = time.GetUtcNow() + LockoutDuration;
            user.AccessFailedCount = 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LoginResult(IsLockedOut(user) ? LoginOutcome.LockedOut : LoginOutcome.Invalid);
    }

    private async Task<LoginResult> SucceedAsync(UserAccount user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        await db.SaveChangesAsync(cancellationToken);
        return new LoginResult(LoginOutcome.Success, user);
    }
}
