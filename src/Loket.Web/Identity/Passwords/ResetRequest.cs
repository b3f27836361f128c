using Loket.Web.Audit;
using Loket.Web.Identity.Employment;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Passwords;

/// <summary>
/// A request for a new password by e-mail address and municipality. The page answers the same whether or
/// not an account matches, and this runs after the answer (<see cref="Start"/>), so neither the words nor the
/// time of the reply tell whether an address has an account. A match gets one mail at most every
/// <see cref="Interval"/>, so the form cannot flood someone's mailbox.
/// </summary>
public sealed class ResetRequest(LoketDbContext db, PasswordMail mail, CurrentActor actor, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <summary>Handles the request in its own scope after the reply; failures are logged without the address.</summary>
    public static void Start(IServiceScopeFactory scopes, string tenantSlug, string email) => _ = Task.Run(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ResetRequest>().HandleAsync(tenantSlug, email);
        }
        catch (Exception ex)
        {
            scope.ServiceProvider.GetRequiredService<ILogger<ResetRequest>>().LogWarning(ex, "A password reset request failed");
        }
    });

    public async Task HandleAsync(string tenantSlug, string email)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == tenantSlug);
        if (tenant is null)
        {
            return;
        }

        var users = await db.Users
            .Where(u => u.Email == normalized && db.Memberships.IgnoreQueryFilters().Any(m => m.UserId == u.Id && m.TenantId == tenant.Id && m.Roles != Role.None))
            .ToListAsync();
        foreach (var user in users)
        {
            actor.Set(user.Id, user.DisplayName);
            var now = time.GetUtcNow();
            var recent = await db.PasswordLinks.AnyAsync(l => l.UserId == user.Id && l.Purpose == PasswordLinkPurpose.Reset && l.CreatedAt > now - Interval);
            var ended = !await EmploymentAccess.AllowsAsync(db, user.Id, tenant.Id, time);
            var outcome = ended ? "niet verstuurd: dienstverband beëindigd" : recent ? "niet verstuurd: kort geleden al een link verstuurd" : "link verstuurd";
            await db.RecordEventAsync("PasswordResetRequested", nameof(UserAccount), user.Id.ToString(), outcome, tenant.Id);
            if (!ended && !recent)
            {
                await mail.SendAsync(user, tenant, PasswordLinkPurpose.Reset);
            }
        }
    }
}
