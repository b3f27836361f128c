using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>
/// The signed-in home page: the work of each role the user holds in this municipality, most urgent
/// first, every count a link to the list of exactly those items; then who you are here and your desk.
/// Each count is one query on an index of the municipality's rows (none loads the rows it counts, save
/// the few clocks due this week).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class StartModel(LoketDbContext db, TenantContext tenant, CaseAccess access, TimeProvider time) : PageModel
{
    public IReadOnlyList<WorkSection> Work { get; private set; } = [];

    public sealed record EmployeeFacts(string EmployeeNumber, string? Function, string? Unit, string? Manager);

    public string TenantName => tenant.Name!;

    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public EmployeeFacts? Employee { get; private set; }

    /// <summary>An employee whose account is not (yet) linked to an employee record: nothing to declare with.</summary>
    public bool NotLinked => Roles.Contains(Role.Employee) && LoketClaims.EmployeeOf(User) is null;

    public string DeskName { get; private set; } = string.Empty;

    public string? DeskEmail { get; private set; }

    public int OtherTenants { get; private set; }

    public async Task OnGetAsync()
    {
        Roles = [.. Enum.GetValues<Role>().Where(r => User.HasClaim(LoketClaims.Role, r.ToString()))];
        if (LoketClaims.EmployeeOf(User) is { } employeeId)
        {
            Employee = await db.Employees.Where(e => e.Id == employeeId)
                .Select(e => new EmployeeFacts(e.EmployeeNumber, e.JobFunction!.Name, e.OrgUnit!.Name, e.Manager!.Name))
                .FirstOrDefaultAsync();
        }

        var desk = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => new { t.Desk!.Name, t.Desk.Email }).FirstAsync();
        (DeskName, DeskEmail) = (desk.Name, desk.Email);
        var userId = LoketClaims.UserIdOf(User);
        OtherTenants = await db.Memberships.IgnoreQueryFilters().CountAsync(m => m.UserId == userId && m.TenantId != tenant.TenantId);
        Work = await WorkAsync(userId!.Value, HttpContext.RequestAborted);
    }

    private async Task<IReadOnlyList<WorkSection>> WorkAsync(Guid userId, CancellationToken cancellationToken)
    {
        bool Holds(Role role) => Roles.Contains(role);
        var seen = new Seen(db, userId, LoketClaims.EmployeeOf(User), tenant.TenantId!.Value, tenant.Slug!, Holds(Role.IntegrityOfficer), time.GetUtcNow(), time.Today());
        var sections = new List<WorkSection?>
        {
            Holds(Role.Employee) ? await EmployeeWork.ForAsync(seen, cancellationToken) : null,
            await ManagerWork.ForAsync(seen, Holds(Role.Manager), cancellationToken),
            Holds(Role.IntegrityOfficer) ? await OfficerWork.ForAsync(seen, access, cancellationToken) : null,
            Holds(Role.Confidant) ? await DeskWork.ConfidantAsync(seen, cancellationToken) : null,
            Holds(Role.HrAdviser) ? await DeskWork.HrAsync(seen, cancellationToken) : null,
            Holds(Role.Secretary) ? await DeskWork.SecretaryAsync(seen, access, cancellationToken) : null,
        };
        return WorkSection.MostUrgentFirst(sections.OfType<WorkSection>());
    }
}
