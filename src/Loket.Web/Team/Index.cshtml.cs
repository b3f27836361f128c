using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Team;

/// <summary>A manager's team, and the substitutions that concern her: whom she stands in for, who stands in for her.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed record Member(string Name, string? Function);

    public sealed record Period(string Manager, DateOnly From, DateOnly Until);

    public List<Member> Members { get; private set; } = [];

    public List<Period> StandingInFor { get; private set; } = [];

    public List<Period> Substitutes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return;
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Members = await db.Employees.Where(e => e.ManagerId == me && (e.EndDate == null || e.EndDate >= today))
            .OrderBy(e => e.Name).Select(e => new Member(e.Name, e.JobFunction!.Name)).ToListAsync();
        StandingInFor = await db.Substitutions.Where(s => s.SubstituteId == me && s.Until >= today)
            .OrderBy(s => s.From).Select(s => new Period(s.Manager!.Name, s.From, s.Until)).ToListAsync();
        Substitutes = await db.Substitutions.Where(s => s.ManagerId == me && s.Until >= today)
            .OrderBy(s => s.From).Select(s => new Period(s.Substitute!.Name, s.From, s.Until)).ToListAsync();
    }
}
