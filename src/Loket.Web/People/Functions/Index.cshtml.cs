using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Functions;

/// <summary>
/// The functions map of one municipality: every function with its risk profile on Justis' eight areas, its two
/// designations, its mitigations and when it is looked at again (Leidschendam-Voorburg 2.4: "Kwetsbare
/// functies/processen worden in kaart gebracht"). HR and the integrity officer keep it.
/// </summary>
[Authorize(Policy = Policies.Onboarding)]
public sealed class IndexModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Code, RiskProfile Profile, FunctionDuties Duties, bool Rotation, bool FourEyes, DateOnly? ReviewOn, int Holders);

    public string TenantName => tenant.Name!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = time.Today();
        var functions = await db.JobFunctions.OrderBy(f => f.Name).ToListAsync();
        var holders = await Holders.CountAsync(db, Today);
        Rows = functions.Select(f => new Row(f.Id, f.Name, f.Code, f.RiskProfile, FunctionDuties.Of(f), f.Rotation, f.FourEyes, f.ReviewOn, holders.GetValueOrDefault(f.Id))).ToList();
    }
}
