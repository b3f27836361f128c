using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>
/// The integrity officer's register of one declaration type for the whole municipality: filters,
/// search, exports, and the review that publishes a top official's side activity.
/// </summary>
[Authorize(Policy = Policies.IntegrityOfficer)]
public sealed class RegisterModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public DeclarationKinds.Kind Kind { get; private set; } = DeclarationKinds.All[0];

    public RegisterQuery Filter { get; private set; } = new();

    public IReadOnlyList<RegisterRow> Rows { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string soort, [FromQuery] RegisterQuery filter, int pagina = 1)
    {
        if (DeclarationKinds.FromRegisterSlug(soort) is not { } kind)
        {
            return NotFound();
        }

        (Kind, Filter, PageNumber) = (kind, filter, Math.Max(1, pagina));
        // Two steps: the page's ids from the register index (skipped rows are never read), then only those
        // rows by id. (A date range here kept SQLite on the register index while it had no statistics; for a
        // search's page, whose rows span years, that read most of the municipality's register: SqliteStatistics.)
        var skip = (PageNumber - 1) * PageSize;
        var keys = await filter.NewestAsync(db, kind.Type, time.Today(), skip + PageSize + 1, HttpContext.RequestAborted);
        var page = await keys.Skip(skip).ToListAsync(HttpContext.RequestAborted);
        var ids = page.Select(p => p.Id).ToList();
        var rows = page.Count == 0 ? [] : await db.Declarations.AsNoTracking()
            .Where(d => d.Type == kind.Type && ids.Contains(d.Id))
            .OrderByDescending(d => d.SubmittedAt).Select(RegisterRow.Projection).ToListAsync();
        HasNextPage = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize)];
        if (DeclarationAccess.IsSensitive(kind.Type))
        {
            db.RecordRead(nameof(EmployeeDeclaration), kind.RegisterSlug, $"register {kind.RegisterTitle} ingezien ({Rows.Count} regels)");
            await db.SaveChangesAsync();
        }

        return Page();
    }

    /// <summary>The officer has reviewed a top official's side activity: it goes on the public register.</summary>
    public async Task<IActionResult> OnPostPublishAsync(string soort, Guid id)
    {
        var declaration = await db.Declarations.Include(d => d.Employee).ThenInclude(e => e!.JobFunction).FirstOrDefaultAsync(d => d.Id == id);
        if (declaration is null || declaration.Employee!.JobFunction?.TopOfficial != true)
        {
            return NotFound();
        }

        if (declaration.Publish(time.GetUtcNow()) is { } refusal)
        {
            TempData["Message"] = refusal.Message;
        }

        await db.SaveChangesAsync();
        return Redirect($"/registers/{soort}");
    }


    public static IEnumerable<Verdict> Verdicts => Enum.GetValues<Verdict>();
}
