using Loket.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>Accounts a test makes for itself, as an administrator would: not demo accounts, so no demo exemption applies.</summary>
internal static class TestAccounts
{
    public const string Password = "Een lange zin als wachtwoord 2026";

    /// <summary>A local account with <paramref name="roles"/> in <paramref name="tenant"/>; returns its user name.</summary>
    public static async Task<string> CreateAccountAsync(this LoketApp app, string tenant, string prefix, Role roles, string? employeeNumber = null)
    {
        var userName = $"{prefix}-{Guid.NewGuid():N}"[..24] + $"@{tenant}";
        var hasher = app.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        await app.WithDbAsync(async db =>
        {
            var employeeId = employeeNumber is null ? null : await db.Employees.Where(e => e.EmployeeNumber == employeeNumber).Select(e => (Guid?)e.Id).SingleAsync();
            var user = new UserAccount { UserName = userName, DisplayName = $"Test {prefix}" };
            user.PasswordHash = hasher.HashPassword(user, Password);
            user.Memberships.Add(Membership.Preset((await db.Tenants.SingleAsync(t => t.Slug == tenant)).Id, roles, employeeId));
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        }, tenant);
        return userName;
    }
}
