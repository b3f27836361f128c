using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.PolicyVersions;

/// <summary>
/// One version: what it changes against the version it replaces (<see cref="PolicyDifference"/>), its text
/// and hash, and for a waiting version the decision. An integrity officer who did not upload it approves
/// or rejects; the uploader may withdraw it. Approval reloads this node's engine at once.
/// </summary>
[Authorize(Policy = Policies.CodeOfConduct)]
public sealed class ReviewModel(LoketDbContext db, TenantContext tenant, TimeProvider time, PolicyCatalogRefresh refresh) : PageModel
{
    public OwnCode Code { get; private set; } = new("", "");

    public StoredPolicy Version { get; private set; } = null!;

    public VersionComparison Comparison { get; private set; } = null!;

    public string Uploaded { get; private set; } = "";

    public string? Decided { get; private set; }

    public string State { get; private set; } = "";

    public bool IsOfficer => User.HasClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer));

    public bool IsUploader => Version.UploadedByUserId is { } by && by == LoketClaims.UserIdOf(User);

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid id)
    {
        // The page lets administrators read; only an officer's post decides.
        if (!IsOfficer)
        {
            return Forbid();
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var approved = await Code.Versions(db).Where(p => p.Status == StoredPolicyStatus.Approved).ToListAsync();
        var refusal = Version.Approve(LoketClaims.UserIdOf(User)!.Value, OwnCode.RolesOf(User), approved, time.Today(), time.GetUtcNow());
        return await DecidedAsync(id, refusal, $"Versie {Version.Version} is goedgekeurd en geldt vanaf {Infrastructure.Time.DutchTime.Written(Version.EffectiveFrom)}.");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!IsOfficer && !IsUploader)
        {
            return Forbid();
        }

        var refusal = Version.Reject(LoketClaims.UserIdOf(User)!.Value, OwnCode.RolesOf(User), Reason, time.GetUtcNow());
        return await DecidedAsync(id, refusal, IsUploader && !IsOfficer ? $"Versie {Version.Version} is ingetrokken." : $"Versie {Version.Version} is afgewezen.");
    }

    private async Task<IActionResult> DecidedAsync(Guid id, Refusal? refusal, string done)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal is RejectionReasonMissing ? nameof(Reason) : string.Empty, refusal.Message);
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            return Page();
        }

        await db.SaveChangesAsync();
        if (Version.Status == StoredPolicyStatus.Approved)
        {
            await refresh.ReloadAsync(HttpContext.RequestAborted);
        }

        Message = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Code = await OwnCode.OfAsync(db, tenant);
        if (await Code.Versions(db).FirstOrDefaultAsync(p => p.Id == id) is not { } version)
        {
            return false;
        }

        Version = version;
        var approved = await Code.Versions(db).AsNoTracking().Where(p => p.Status == StoredPolicyStatus.Approved).ToListAsync();
        Comparison = VersionComparison.Of(version, [.. approved.Where(p => p.Id != id)]);
        var names = await VersionWords.NamesAsync(db, [version]);
        Uploaded = VersionWords.Uploaded(version, names);
        Decided = VersionWords.Decided(version, names);
        var today = time.Today();
        State = VersionWords.State(version, approved.Where(a => a.EffectiveFrom <= today).MaxBy(a => a.EffectiveFrom)?.Version, today);
        return true;
    }
}
