using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Audit;

/// <summary>The auditor's (and FG's) view of the trail of this municipality, and a check of its chain.</summary>
[Authorize(Policy = Policies.Auditor)]
public sealed class TrailModel(LoketDbContext db, TenantContext tenant, AuditVerifier verifier) : PageModel
{
    public string TenantName => tenant.Name!;

    public List<AuditEntry> Entries { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostVerifyAsync()
    {
        Verification = await verifier.VerifyAsync(tenant.TenantId, HttpContext.RequestAborted);
        await LoadAsync();
    }

    private async Task LoadAsync() =>
        Entries = await db.AuditEntries.AsNoTracking().Where(a => a.TenantId == tenant.TenantId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Sequence).Take(200).ToListAsync();
}
