using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Manage;

/// <summary>
/// The people of this municipality for its administrator and HR: who has an account and who does not,
/// and the two gaps that stop routing (no manager, no function) as filters.
/// </summary>
[Authorize(Policy = Policies.PeopleAdministration)]
public sealed class PeopleModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    /// <summary>The filter values in the address (<c>?zonder=…</c>), so the home page can link to a filtered list.</summary>
    public const string WithoutManager = MissingFacts.Manager;
    public const string WithoutFunction = MissingFacts.Function;

    public sealed record Row(
        Guid Id, string Number, string Name, string Type, string? Unit, string? Function, bool Designated, bool Top,
        string? Manager, DateOnly Start, DateOnly? End, bool HasAccount, bool IsManager);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only those in service without a manager or a function: the one rule of <see cref="MissingFacts"/>, which HR's home page counts.</summary>
    [BindProperty(SupportsGet = true, Name = "zonder")]
    public string? Filter { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string TenantName => tenant.Name!;

    public int Total { get; private set; }

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Employees.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(e => e.Name.ToLower().Contains(q) || e.EmployeeNumber.ToLower() == q);
        }

        query = MissingFacts.Of(query, Filter, time.Today());

        Total = await query.CountAsync();
        Rows = await query.OrderBy(e => e.Name).Take(500)
            .Select(e => new Row(e.Id, e.EmployeeNumber, e.Name, e.EmploymentType.ToString(), e.OrgUnit!.Name, e.JobFunction!.Name,
                e.JobFunction != null && e.JobFunction.DesignatedForFinancialInterests, e.JobFunction != null && e.JobFunction.TopOfficial,
                e.Manager!.Name, e.StartDate, e.EndDate,
                db.Memberships.Any(m => m.EmployeeId == e.Id),
                db.Memberships.Any(m => m.EmployeeId == e.Id && (m.Roles & Role.Manager) != 0)))
            .ToListAsync();
    }
}
