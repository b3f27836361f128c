using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Employment;

/// <summary>
/// An account linked to an employee has access to that municipality only while the employee is employed:
/// from the start date through the last day (<see cref="People.Employee.IsActiveOn"/>), in Dutch time. The
/// day after the end date the password, the provider and every open session are refused there; memberships
/// in other municipalities are their own and stay. An account linked to nobody (an operator's administrator)
/// is not bound to an employment.
/// </summary>
public static class EmploymentAccess
{
    public const string EndedMessage = "Je dienstverband bij deze gemeente is beëindigd; daarom kun je hier niet meer inloggen. Klopt dit niet? Neem contact op met HR of de beheerder van je gemeente.";

    /// <summary>The rule on the dates of the linked employee (none: no employment binds the account).</summary>
    public static bool Allows(DateOnly? start, DateOnly? end, DateOnly today) =>
        start is null || (start <= today && (end is null || end >= today));

    /// <summary>Whether <paramref name="userId"/>'s membership in <paramref name="tenantId"/> is within its employment today.</summary>
    public static async Task<bool> AllowsAsync(LoketDbContext db, Guid userId, Guid tenantId, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var employment = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.TenantId == tenantId && m.Employee != null)
            .Select(m => new { m.Employee!.StartDate, m.Employee.EndDate }).FirstOrDefaultAsync(cancellationToken);
        return employment is null || Allows(employment.StartDate, employment.EndDate, time.Today());
    }
}
