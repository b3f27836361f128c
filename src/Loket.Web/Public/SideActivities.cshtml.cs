using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Public;

/// <summary>The public page of top officials' side activities, without login.</summary>
[AllowAnonymous]
public sealed class SideActivitiesModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public PublicSideActivities.Register Register { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await PublicSideActivities.ReadAsync(db, slug, time.Today()) is not { } register)
        {
            return NotFound();
        }

        Register = register;
        return Page();
    }
}
