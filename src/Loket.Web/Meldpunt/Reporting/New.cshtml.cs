using Loket.Web.Audit;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Loket.Web.Meldpunt.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// The public report form: anyone, without an account, gets a receipt code; a signed-in employee may
/// instead report by name. Nothing about the sender (address, browser) is stored, and an anonymous
/// report is written as "anoniem" in the audit trail even when the sender happens to be signed in, and
/// a named one as "melder op naam", without the account.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("meldpunt")]
public sealed class NewModel(LoketDbContext db, TenantContext tenant, CurrentActor actor, ReportIntake intake, CaseCrypto crypto, KeyRing ring, InvolvedStep involved) : PageModel
{
    public const string ReceiptKey = "Meldpunt.Receipt";
    public const string ReceiptReportKey = "Meldpunt.ReceiptReport";

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    /// <summary>"naam" or "anoniem"; only signed-in employees get the choice, and must make it.</summary>
    [BindProperty]
    public string? Mode { get; set; }

    public List<(string Slug, string Name)> Municipalities { get; private set; } = [];

    /// <summary>Picked people, search results, and the check of whom the names match.</summary>
    public InvolvedView? Involved { get; private set; }

    /// <summary>Each municipality's desk and confidants, as its administrator recorded them (Tenants/).</summary>
    public IReadOnlyList<Tenants.MunicipalityContact> Contacts { get; private set; } = [];

    public string? OwnMunicipality => tenant.Slug;

    public bool CanReportByName => LoketClaims.UserIdOf(User) is not null && tenant.TenantId is not null;

    // No municipality is chosen for the visitor: the first in the list is rarely the right one.
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>"Zoeken" without JavaScript: the form comes back with the people found, nothing is checked or sent.</summary>
    public async Task<IActionResult> OnPostSearchAsync()
    {
        ModelState.Clear();
        var chosen = await db.Tenants.Where(t => t.Slug == Input.Municipality).Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
        if (chosen is null)
        {
            ModelState.AddModelError("Input.Search", "Kies eerst de gemeente; je zoekt mensen van die gemeente.");
        }
        else if (!PeopleSearch.IsLongEnough(Input.Search))
        {
            ModelState.AddModelError("Input.Search", $"Typ minstens {PeopleSearch.MinimumLetters} letters van de naam.");
        }

        Involved = chosen is { } id ? await involved.SearchAsync(id, Input) : new InvolvedView([]);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (CanReportByName && Mode is not ("naam" or "anoniem"))
        {
            ModelState.AddModelError(nameof(Mode), "Kies of je op naam of anoniem meldt.");
        }

        var named = Mode == "naam" && CanReportByName;
        var chosen = await db.Tenants.Where(t => t.Slug == Input.Municipality).Select(t => new { t.Id, t.Slug, t.Name }).FirstOrDefaultAsync();
        if (chosen is null)
        {
            // An empty choice already has its error from [Required]; this is for a slug not in the list.
            if (!string.IsNullOrEmpty(Input.Municipality))
            {
                ModelState.AddModelError("Input.Municipality", "Kies een gemeente uit de lijst.");
            }
        }
        else if (tenant.TenantId is { } current && current != chosen.Id)
        {
            ModelState.AddModelError("Input.Municipality", named
                ? "Op naam meld je bij de gemeente waarvoor je nu werkt. Wissel van gemeente of meld anoniem na uitloggen."
                : "Je bent ingelogd bij een andere gemeente. Log uit om anoniem bij deze gemeente te melden.");
        }

        if (!ModelState.IsValid || chosen is null)
        {
            Involved = await involved.ShowAsync(chosen?.Id, Input);
            await LoadAsync();
            return Page();
        }

        // Before sending, the reporter sees whom the names match (and sends again once they have).
        if (await involved.CheckAsync(chosen.Id, Input) is { } check)
        {
            Involved = check;
            await LoadAsync();
            return Page();
        }

        tenant.Set(chosen.Id, chosen.Slug, chosen.Name);
        // The trail shows that a report came in, never who filed it: an auditor reads the trail, and a
        // named reporter chose to be known to the desk, not to everyone who audits it.
        actor.Set(null, named ? ReporterActor.Named : ReporterActor.Anonymous);

        var userId = LoketClaims.UserIdOf(User);
        var input = Input.ToNewReport(chosen.Id, named ? ReportChannel.Named : ReportChannel.Anonymous) with
        {
            ReporterTag = named ? ring.Tag("reporter", userId!.Value.ToString()) : null,
        };
        var (report, code) = await intake.FileAsync(input, withReceiptCode: !named);
        if (named)
        {
            db.ReporterIdentities.Add(crypto.NewIdentity(report, $"{User.Identity?.Name} (account {userId})", confidantUserId: null, consent: true));
        }

        await db.SaveChangesAsync();
        await intake.SendNoticesAsync();
        if (named)
        {
            TempData["Meldpunt.Message"] = $"Je melding {report.Reference} is ontvangen. Je volgt haar hier.";
            return Redirect("/melden/mijn");
        }

        TempData[ReceiptKey] = code;
        TempData[ReceiptReportKey] = report.Id.ToString();
        return Redirect("/melden/ontvangen");
    }

    private async Task LoadAsync()
    {
        var all = await db.Tenants.OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToListAsync();
        Municipalities = [.. all.Select(t => (t.Slug, t.Name))];
        Contacts = await Tenants.Contacts.AllAsync(db);
    }
}
