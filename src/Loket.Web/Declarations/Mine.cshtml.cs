using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>The employee's own declarations, newest first, and the way to file a new one.</summary>
[Authorize(Policy = Policies.Employee)]
public sealed class MineModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<EmployeeDeclaration> Declarations { get; private set; } = [];

    /// <summary>One part of what is left to do (<see cref="OwnDeclarations"/>), as the home page links to it.</summary>
    [FromQuery(Name = "toon")]
    public string? Part { get; set; }

    public async Task OnGetAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return;
        }

        Declarations = await OwnDeclarations.Of(db.Declarations.AsNoTracking(), me, Part, time.GetUtcNow(), time.Today())
            .OrderByDescending(d => d.SubmittedAt).Take(200).ToListAsync();
    }
}
