using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>The employee's own declarations, newest first, and the way to file a new one.</summary>
[Authorize(Policy = Policies.Employee)]
public sealed class MineModel(LoketDbContext db) : PageModel
{
    public IReadOnlyList<EmployeeDeclaration> Declarations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = LoketClaims.EmployeeOf(User);
        Declarations = await db.Declarations.AsNoTracking().Where(d => d.EmployeeId == me)
            .OrderByDescending(d => d.SubmittedAt).Take(200).ToListAsync();
    }
}
