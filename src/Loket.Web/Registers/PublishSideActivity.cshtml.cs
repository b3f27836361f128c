using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>
/// The officer reviews a top official's approved side activity for the public register (Ambtenarenwet 2017
/// art. 5 lid 1 c), reached from its decision page and from the register: the page shows the rows the public
/// register shows now and the rows it will show once published, made by the public register's own code
/// (<see cref="PublicSideActivities"/>) and table, so what is previewed is what is published.
/// </summary>
[Authorize(Policy = Policies.IntegrityOfficer)]
public sealed class PublishSideActivityModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public EmployeeDeclaration Declaration { get; private set; } = null!;

    public string Slug => tenant.Slug ?? string.Empty;

    /// <summary>What the public register shows of this activity today (an earlier reviewed version, or nothing).</summary>
    public IReadOnlyList<PublicSideActivities.Entry> Shown { get; private set; } = [];

    /// <summary>What it will show once this version is published.</summary>
    public IReadOnlyList<PublicSideActivities.Entry> WillShow { get; private set; } = [];

    /// <summary>Why this version cannot be published (not approved, or replaced by a later one).</summary>
    public Refusal? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Declaration.Publish(time.GetUtcNow()) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }

        await db.SaveChangesAsync();
        return Redirect($"/meldingen/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var declaration = await db.Declarations.Include(d => d.Employee).ThenInclude(e => e!.JobFunction).FirstOrDefaultAsync(d => d.Id == id);
        if (declaration is null || declaration.Type != DeclarationType.SideActivity || declaration.Employee!.JobFunction?.TopOfficial != true
            || tenant.Slug is not { } slug)
        {
            return false;
        }

        Declaration = declaration;
        Refusal = declaration.PublishRefusal();
        var today = time.Today();
        var now = await PublicSideActivities.ReadAsync(db, slug, today, HttpContext.RequestAborted);
        Shown = [.. now!.Entries.Where(e => e.Declaration == id)];
        if (Refusal is null)
        {
            var after = await PublicSideActivities.ReadAsync(db, slug, today, new PublicSideActivities.Preview(id, time.GetUtcNow()), HttpContext.RequestAborted);
            WillShow = [.. after!.Entries.Where(e => e.Declaration == id)];
        }

        return true;
    }
}
