using System.ComponentModel.DataAnnotations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Loket.Web.Meldpunt.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// An oral report or a meeting (Wbk art. 2; directive art. 18): the officer writes the transcript,
/// the reporter gets a receipt code and checks, corrects and confirms the transcript in the inbox.
/// The officer who records it handles the case.
/// </summary>
[Authorize(Policy = Policies.IntegrityOfficer)]
public sealed class OralModel(LoketDbContext db, TenantContext tenant, ReportIntake intake, CaseCrypto crypto, InvolvedStep involved, TimeProvider time) : PageModel
{
    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Schrijf het verslag van het gesprek.")]
    [StringLength(50_000)]
    public string? Transcript { get; set; }

    [BindProperty]
    [StringLength(200)]
    public string? ReporterName { get; set; }

    public string? ReceiptCode { get; private set; }

    public Guid? ReportId { get; private set; }

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

        var now = time.GetUtcNow();
        var userId = LoketClaims.UserIdOf(User)!.Value;
        var (report, code) = await intake.FileAsync(Input.ToNewReport(tenant.TenantId!.Value, ReportChannel.Oral), withReceiptCode: true, handover: true, recordedBy: userId);
        db.CaseEntries.Add(crypto.NewEntry(report, EntryKind.Transcript, Transcript!.Trim(), now, userId));
        report.RecordedOrallyBy(userId, now);
        if (!string.IsNullOrWhiteSpace(ReporterName))
        {
            // Told in person, so the desk knows: the reporter chose to be known by speaking to the officer.
            db.ReporterIdentities.Add(crypto.NewIdentity(report, ReporterName.Trim(), confidantUserId: null, consent: true));
        }

        await db.SaveChangesAsync();
        await intake.SendNoticesAsync();
        (ReceiptCode, ReportId) = (code, report.Id);
        return Page();
    }
}
