using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// Declarations waiting for my decision: routed to me as manager, substitute or next level up; for
/// officers also those nobody in the line could decide. Never my own (routing never offers it).
/// An account not linked to an employee decides nothing: "routed to nobody" (the officers' queue) must
/// never read as "routed to me" for an administrator or a shared desk account, and without a link
/// there is no way to keep one's own or a relation's declarations out. <c>?toon=</c> shows one part of
/// the queue, as the home page counts it (<see cref="DecisionQueue"/>).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class DecideModel(LoketDbContext db) : PageModel
{
    public IReadOnlyList<EmployeeDeclaration> Waiting { get; private set; } = [];

    [FromQuery(Name = "toon")]
    public string? Part { get; set; }

    public async Task OnGetAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return;
        }

        var officer = DeclarationAccess.IsOfficer(User);
        Waiting = await DecisionQueue.Waiting(db.Declarations.AsNoTracking(), me, officer, Part).Include(d => d.Employee)
            .OrderBy(d => d.SubmittedAt).Take(500).ToListAsync();
    }
}
