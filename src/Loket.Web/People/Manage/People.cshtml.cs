using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Manage;

/// <summary>The people of this municipality, as imported, for its administrator and HR.</summary>
[Authorize(Policy = Policies.PeopleAdministration)]
public sealed class PeopleModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public sealed record Row(string Number, string Name, string Type, string? Unit, string? Function, bool Designated, bool Top, string? Manager, DateOnly Start, DateOnly? End);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only those in service without a manager or a function (<see cref="MissingFacts"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "zonder")]
    public string? Missing { get; set; }

    public string TenantName => tenant.Name!;

    public int Total { get; private set; }

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = MissingFacts.Of(db.Employees, Missing, time.Today());
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(e => e.Name.ToLower().Contains(q) || e.EmployeeNumber.ToLower() == q);
        }

        Total = await query.CountAsync();
        Rows = await query.OrderBy(e => e.Name).Take(500)
            .Select(e => new Row(e.EmployeeNumber, e.Name, e.EmploymentType.ToString(), e.OrgUnit!.Name, e.JobFunction!.Name,
                e.JobFunction != null && e.JobFunction.DesignatedForFinancialInterests, e.JobFunction != null && e.JobFunction.TopOfficial, e.Manager!.Name, e.StartDate, e.EndDate))
            .ToListAsync();
    }
}
