using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// A page of one case beside the case page (the protocol, the measures, the aftercare), with the case
/// page's shape: the case is loaded through the exclusion (kept out or another municipality: 404), the
/// page says who may use it, every read of content is audited, a step is the aggregate's method and a
/// refusal re-renders the page with nothing saved but the reads.
/// </summary>
public abstract class CaseSubpage(LoketDbContext db, TenantContext tenant, CaseAccess access, CaseCrypto crypto) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Report Report { get; private set; } = null!;

    public string PolicySlug { get; private set; } = string.Empty;

    [TempData]
    public string? Message { get; set; }

    protected LoketDbContext Db => db;

    protected CaseAccess Access => access;

    protected Guid UserId => LoketClaims.UserIdOf(User)!.Value;

    /// <summary>The roles of this membership, as the claims transformation added them for this request.</summary>
    protected Role Roles => User.FindAll(LoketClaims.Role)
        .Aggregate(Role.None, (all, c) => Enum.TryParse<Role>(c.Value, out var role) ? all | role : all);

    protected Sealer Seal => (row, name, text) => crypto.SealField(Report, row, name, text);

    protected string Open(Guid row, string field, byte[] sealedText) => crypto.OpenField(Report, row, field, sealedText);

    protected CaseCrypto Crypto => crypto;

    /// <summary>Null when this user may use the page, else what they get (403 for a role without the need, 404 to hide rows).</summary>
    protected abstract Task<IActionResult?> DenyAsync();

    /// <summary>Reads what the page shows, recording each read of content.</summary>
    protected abstract Task LoadAsync();

    protected async Task<IActionResult> ShowAsync()
    {
        if (await FindAsync() is { } denied)
        {
            return denied;
        }

        await LoadAsync();
        await db.SaveChangesAsync();
        return Page();
    }

    /// <summary>Load, check, act (null: refused, shown through ModelState), save, redirect; a refusal saves nothing but the reads.</summary>
    protected async Task<IActionResult> ActAsync(Func<Task<string?>> act)
    {
        if (await FindAsync() is { } denied)
        {
            return denied;
        }

        var done = await act();
        if (done is null || !ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await FindAsync();
            await LoadAsync();
            await db.SaveChangesAsync();
            return Page();
        }

        await db.SaveChangesAsync();
        Message = done;
        return Redirect(Request.Path);
    }

    protected bool Refused(Refusal? refusal, string field = "")
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(field, refusal.Message);
        }

        return refusal is not null;
    }

    private async Task<IActionResult?> FindAsync()
    {
        var report = await access.FindVisibleAsync(Id, tenant.TenantId!.Value, UserId);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        PolicySlug = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.PolicySlug).FirstAsync();
        return await DenyAsync();
    }
}
