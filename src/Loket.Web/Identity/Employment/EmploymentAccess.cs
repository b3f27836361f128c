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

    /// <summary>
    /// A new person whose checklist HR has made signs in up to this many days before the first working day, to do
    /// their part (a statement signed "voor aanvang van hun werkzaamheden", Alphen toel. 2); until the start only as
    /// an employee (<see cref="BeforeStart"/>: <see cref="MembershipClaims"/> grants no other role yet).
    /// </summary>
    public const int PreStartDays = 30;

    /// <summary>Within <see cref="PreStartDays"/> before the start; only with a checklist does this let anyone in (<see cref="AllowsBeforeStartAsync"/>).</summary>
    public static bool BeforeStart(DateOnly? start, DateOnly today) => start > today;

    /// <summary>Before the start, inside the window, with a checklist from HR: the one way in before the first working day.</summary>
    public static async Task<bool> AllowsBeforeStartAsync(LoketDbContext db, Guid? employeeId, DateOnly? start, DateOnly? end, DateOnly today, CancellationToken cancellationToken = default) =>
        employeeId is { } id && BeforeStart(start, today) && start!.Value.AddDays(-PreStartDays) <= today && (end is null || end >= today)
        && await db.Checklists.IgnoreQueryFilters().AnyAsync(c => c.EmployeeId == id, cancellationToken);

    /// <summary>Whether <paramref name="userId"/>'s membership in <paramref name="tenantId"/> is within its employment today.</summary>
    public static async Task<bool> AllowsAsync(LoketDbContext db, Guid userId, Guid tenantId, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var employment = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.TenantId == tenantId && m.Employee != null)
            .Select(m => new { m.EmployeeId, m.Employee!.StartDate, m.Employee.EndDate }).FirstOrDefaultAsync(cancellationToken);
        return employment is null || Allows(employment.StartDate, employment.EndDate, time.Today())
            || await AllowsBeforeStartAsync(db, employment.EmployeeId, employment.StartDate, employment.EndDate, time.Today(), cancellationToken);
    }
}
