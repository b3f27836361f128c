using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.PolicyVersions;

/// <summary>Every version of the municipality's code: which one holds today, what starts later, what waits for approval.</summary>
[Authorize(Policy = Policies.CodeOfConduct)]
public sealed class VersionsModel(LoketDbContext db, TenantContext tenant, PolicyEngine engine, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Version, DateOnly EffectiveFrom, string State, string Uploaded, string? Decided);

    public OwnCode Code { get; private set; } = new("", "");

    public List<Row> Rows { get; private set; } = [];

    public bool MayUpload => User.HasClaim(LoketClaims.Role, nameof(Role.Admin));

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Code = await OwnCode.OfAsync(db, tenant);
        var versions = await Code.Versions(db).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.UploadedAt).ToListAsync();
        var names = await VersionWords.NamesAsync(db, versions);
        var today = time.Today();
        var inForce = engine.Catalog.Tenants.FirstOrDefault(t => t.Tenant == Code.Slug)?.InForce(today);
        Rows = [.. versions.Select(v => new Row(v.Id, v.Version, v.EffectiveFrom, VersionWords.State(v, inForce?.Version, today),
            VersionWords.Uploaded(v, names), VersionWords.Decided(v, names)))];
    }
}
