using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Home;

/// <summary>The signed-in home page: who you are here, your roles, your desk.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class StartModel(LoketDbContext db, TenantContext tenant) : PageModel
{
    public sealed record EmployeeFacts(string EmployeeNumber, string? Function, string? Unit, string? Manager);

    public string TenantName => tenant.Name!;

    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public EmployeeFacts? Employee { get; private set; }

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
    }
}
