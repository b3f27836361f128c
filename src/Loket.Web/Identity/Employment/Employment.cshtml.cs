using System.ComponentModel.DataAnnotations;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Infrastructure.Time;
using Loket.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Employment;

/// <summary>
/// HR or the administrator records that someone leaves ("uit dienst") or returns ("weer in dienst").
/// The account follows on its own: access to this municipality ends after the last day and comes back
/// on the new start (<see cref="EmploymentAccess"/>); memberships in other municipalities are untouched.
/// </summary>
[Authorize(Policy = Policies.PeopleAdministration)]
public sealed class EmploymentModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public sealed class Dates
    {
        [Required(ErrorMessage = "Vul de datum in.")]
        public DateOnly? Day { get; set; }
    }

    [BindProperty]
    public Dates Input { get; set; } = new();

    public Employee Employee { get; private set; } = null!;

    public List<string> Accounts { get; private set; } = [];

    public string TenantName => tenant.Name!;

    public bool HasAccess { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostLeaveAsync(Guid id) =>
        ChangeAsync(id, "EmploymentEnded", EmploymentChange.Leave, day => $"{Employee.Name} is uit dienst met als laatste werkdag {DutchTime.Written(day)}. De toegang tot {TenantName} vervalt na die dag.");

    public Task<IActionResult> OnPostReturnAsync(Guid id) =>
        ChangeAsync(id, "EmploymentResumed", EmploymentChange.Return, day => $"{Employee.Name} is weer in dienst vanaf {DutchTime.Written(day)}. De toegang tot {TenantName} geldt weer vanaf die dag.");

    private async Task<IActionResult> ChangeAsync(Guid id, string action, Func<Employee, DateOnly, Infrastructure.Domain.Refusal?> change, Func<DateOnly, string> done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (ModelState.IsValid && change(Employee, Input.Day!.Value) is { } refusal)
        {
            ModelState.AddModelError("Input.Day", refusal.Message);
        }

        if (!ModelState.IsValid)
        {
            await db.Entry(Employee).ReloadAsync();
            return Page();
        }

        await db.SaveChangesAsync();
        await db.RecordEventAsync(action, nameof(Employee), Employee.Id.ToString(), DutchTime.Date(Input.Day!.Value), tenant.TenantId);
        Message = done(Input.Day!.Value);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        // Another municipality's employee is not found (tenant filter): 404.
        if (await db.Employees.FirstOrDefaultAsync(e => e.Id == id) is not { } employee)
        {
            return false;
        }

        Employee = employee;
        Accounts = await db.Memberships.Where(m => m.EmployeeId == id).Select(m => m.User!.UserName).ToListAsync();
        HasAccess = EmploymentAccess.Allows(employee.StartDate, employee.EndDate, time.Today());
        return true;
    }
}
