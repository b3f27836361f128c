using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// Shows the receipt code once: reading it from the temp-data cookie (encrypted, `__Host-`, never the
/// database) removes it, so the same response deletes that cookie and a reload shows nothing. The
/// same response opens the inbox for this browser, so the reporter can go on without typing the code.
/// </summary>
[AllowAnonymous]
public sealed class ReceivedModel(InboxSession inbox, LoketDbContext db) : PageModel
{
    public string? Code { get; private set; }

    /// <summary>The municipality's outside routes, in its own code's words, for the report just filed.</summary>
    public IReadOnlyList<ExternalRoute> Routes { get; private set; } = [];

    [BindProperty]
    public bool Saved { get; set; }

    /// <summary>
    /// The code the page showed, posted back with the form: the cookie is gone, so a reporter who forgot
    /// the tick sees the same code again instead of losing it. It lives only in this page and its post.
    /// </summary>
    [BindProperty]
    public string? ShownCode { get; set; }

    public async Task OnGetAsync()
    {
        Code = TempData[NewModel.ReceiptKey] as string;
        if (Code is not null && Guid.TryParse(TempData[NewModel.ReceiptReportKey]?.ToString(), out var reportId))
        {
            inbox.Open(Response, reportId);
            var policy = await db.Reports.IgnoreQueryFilters().Where(r => r.Id == reportId)
                .Join(db.Tenants, r => r.TenantId, t => t.Id, (r, t) => t.PolicySlug).FirstOrDefaultAsync();
            Routes = policy is null ? [] : Procedures.For(policy).Routes;
        }
    }

    public IActionResult OnPost()
    {
        if (!Saved)
        {
            // The cookie is gone by now; the code comes back only from the form that showed it.
            Code = ReceiptCodes.Normalize(ShownCode);
            ModelState.AddModelError(nameof(Saved), "Bevestig dat je de code hebt bewaard. Zonder code kun je je melding niet meer volgen.");
            return Page();
        }

        return Redirect("/melden/inbox");
    }
}
