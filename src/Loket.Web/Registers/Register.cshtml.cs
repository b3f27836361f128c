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
/// search, a period, exports; a top official's approved side activity links to its publication
/// (<see cref="PublishSideActivityModel"/>).
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

    public DateOnly Today { get; private set; }

    /// <summary>The years the filter offers: this year and the nine before (and one asked for in a link).</summary>
    public IEnumerable<int> Years => Enumerable.Range(Today.Year - 9, 10).Append(Filter.Year ?? Today.Year).Distinct().OrderDescending();

    public async Task<IActionResult> OnGetAsync(string soort, [FromQuery] RegisterQuery filter, int pagina = 1)
    {
        if (DeclarationKinds.FromRegisterSlug(soort) is not { } kind)
        {
            return NotFound();
        }

        (Kind, Filter, PageNumber, Today) = (kind, filter, Math.Max(1, pagina), time.Today());
        foreach (var (field, message) in filter.Problems())
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            // What was typed stays in the boxes with the error beside it; no rows for a period that cannot be asked.
            return Page();
        }

        // Two steps: the page's ids from the register index (skipped rows are never read), then only those
        // rows by id. (A date range here kept SQLite on the register index while it had no statistics; for a
        // search's page, whose rows span years, that read most of the municipality's register: SqliteStatistics.)
        var skip = (PageNumber - 1) * PageSize;
        var keys = await filter.NewestAsync(db, kind.Type, Today, skip + PageSize + 1, HttpContext.RequestAborted);
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

    public static IEnumerable<Verdict> Verdicts => Enum.GetValues<Verdict>();
}
