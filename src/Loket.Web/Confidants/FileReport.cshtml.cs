using System.ComponentModel.DataAnnotations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Loket.Web.Meldpunt.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Confidants;

/// <summary>
/// A confidant files a report on someone's behalf ('s-Hertogenbosch 10.1, Alphen 8: "Alleen de
/// vertrouwenspersoon is dan op de hoogte van jouw identiteit"). The reporter's identity goes into
/// the vault, readable by this confidant only unless the reporter consents to the desk seeing it.
/// </summary>
[Authorize(Policy = Policies.Confidant)]
public sealed class FileReportModel(LoketDbContext db, TenantContext tenant, ReportIntake intake, CaseCrypto crypto, InvolvedStep involved, TimeProvider time) : PageModel
{
    public sealed class ReporterInput
    {
        [Required(ErrorMessage = "Vul de naam van de melder in; alleen jij ziet die.")]
        [StringLength(200)]
        public string? Name { get; set; }

        [StringLength(200)]
        public string? Contact { get; set; }

        public bool Consent { get; set; }
    }

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty]
    public ReporterInput Reporter { get; set; } = new();

    /// <summary>How the report reached the confidant, and when (issue 17.1: every route in is recorded alike).</summary>
    [BindProperty]
    [Required(ErrorMessage = "Kies of de melding mondeling of schriftelijk bij je kwam.")]
    public ReportMedium? Medium { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vul de dag in waarop de melding je bereikte.")]
    [NotInFuture(ErrorMessage = "Deze datum ligt in de toekomst. Vul de dag in waarop de melding je bereikte.")]
    public DateOnly? ReachedOn { get; set; }

    public string? ReceiptCode { get; private set; }

    public string? Reference { get; private set; }

    public List<(string Slug, string Name)> Municipalities => [(tenant.Slug!, tenant.Name!)];

    public InvolvedView? Involved { get; private set; }

    public void OnGet() => Input.Municipality = tenant.Slug;

    /// <summary>"Zoeken" without JavaScript: the form comes back with the people found.</summary>
    public async Task<IActionResult> OnPostSearchAsync()
    {
        ModelState.Clear();
        Input.Municipality = tenant.Slug;
        if (!PeopleSearch.IsLongEnough(Input.Search))
        {
            ModelState.AddModelError("Input.Search", $"Typ minstens {PeopleSearch.MinimumLetters} letters van de naam.");
        }

        Involved = await involved.SearchAsync(tenant.TenantId!.Value, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Municipality = tenant.Slug;
        if (!ModelState.IsValid)
        {
            Involved = await involved.ShowAsync(tenant.TenantId, Input);
            return Page();
        }

        // Whom the names match is shown before filing, as on the public form.
        if (await involved.CheckAsync(tenant.TenantId!.Value, Input) is { } check)
        {
            Involved = check;
            return Page();
        }

        // The confidant's route comes from the municipality's code like the others; a code without it is said so.
        var route = IntakeRoutes.For(await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.PolicySlug).FirstAsync()).Find(ReportChannel.Confidant)!;
        if (!route.Offered)
        {
            ModelState.AddModelError(string.Empty, $"{route.Text} ({route.Source})");
            Involved = await involved.ShowAsync(tenant.TenantId, Input);
            return Page();
        }

        var userId = LoketClaims.UserIdOf(User)!.Value;
        var (report, code) = await intake.FileAsync(Input.ToNewReport(tenant.TenantId!.Value, ReportChannel.Confidant), withReceiptCode: true, handover: true);
        if (report.RecordRoute(Medium!.Value, userId, ReachedOn!.Value, time.Today()) is { } refusal)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(ReachedOn), refusal.Message);
            Involved = await involved.ShowAsync(tenant.TenantId, Input);
            return Page();
        }

        var identity = string.IsNullOrWhiteSpace(Reporter.Contact) ? Reporter.Name!.Trim() : $"{Reporter.Name!.Trim()} ({Reporter.Contact.Trim()})";
        db.ReporterIdentities.Add(crypto.NewIdentity(report, identity, userId, Reporter.Consent));
        await db.SaveChangesAsync();
        await intake.SendNoticesAsync();
        (ReceiptCode, Reference) = (code, report.Reference);
        ModelState.Clear();
        Input = new ReportForm { Municipality = tenant.Slug };
        Reporter = new ReporterInput();
        (Medium, ReachedOn) = (null, null);
        return Page();
    }
}
