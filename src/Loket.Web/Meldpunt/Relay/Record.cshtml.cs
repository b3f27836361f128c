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

namespace Loket.Web.Meldpunt.Relay;

/// <summary>
/// A manager, the manager's manager or the gemeentesecretaris records a report that reached them (issue 17.1),
/// on a route the municipality's own code has (<see cref="IntakeRoutes"/>). It enters the desk through
/// <see cref="ReportIntake"/> with its channel, medium, recorder and the day it reached them; the reporter
/// gets a handover code. The recorder does not handle the case and cannot open it afterwards.
/// </summary>
[Authorize(Policy = MeldpuntServices.LineIntake)]
public sealed class RecordModel(LoketDbContext db, TenantContext tenant, ReportIntake intake, CaseCrypto crypto, InvolvedStep involved, TimeProvider time) : PageModel
{
    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Kies hoe de melding bij je kwam.")]
    public ReportChannel? Route { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Kies of de melding mondeling of schriftelijk bij je kwam.")]
    public ReportMedium? Medium { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vul de dag in waarop de melding je bereikte.")]
    [NotInFuture(ErrorMessage = "Deze datum ligt in de toekomst. Vul de dag in waarop de melding je bereikte.")]
    public DateOnly? ReachedOn { get; set; }

    [BindProperty]
    [StringLength(200)]
    public string? ReporterName { get; set; }

    public IntakeRouteTable Table { get; private set; } = null!;

    public Procedures.Procedure Procedure { get; private set; } = null!;

    /// <summary>The routes of this code that this person's roles record.</summary>
    public IReadOnlyList<LineRoute> Offered { get; private set; } = [];

    /// <summary>The routes of this person's roles that the code does not have, with the text saying so.</summary>
    public IReadOnlyList<LineRoute> Silent { get; private set; } = [];

    public string? ReceiptCode { get; private set; }

    public string? Reference { get; private set; }

    public List<(string Slug, string Name)> Municipalities => [(tenant.Slug!, tenant.Name!)];

    public InvolvedView? Involved { get; private set; }

    private Role Roles => User.FindAll(LoketClaims.Role)
        .Aggregate(Role.None, (all, c) => Enum.TryParse<Role>(c.Value, out var role) ? all | role : all);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Municipality = tenant.Slug;
    }

    /// <summary>"Zoeken" without JavaScript: the form comes back with the people found.</summary>
    public async Task<IActionResult> OnPostSearchAsync()
    {
        ModelState.Clear();
        await LoadAsync();
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
        await LoadAsync();
        Input.Municipality = tenant.Slug;
        // Only a route this code has and this person's role records: a posted other channel is refused.
        if (Route is { } chosen && !Offered.Any(r => r.Channel == chosen))
        {
            ModelState.AddModelError(nameof(Route), "Kies een route uit de lijst.");
        }

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

        var userId = LoketClaims.UserIdOf(User)!.Value;
        var now = time.GetUtcNow();
        var (report, code) = await intake.FileAsync(Input.ToNewReport(tenant.TenantId!.Value, Route!.Value), withReceiptCode: true, handover: true, recordedBy: userId);
        if (report.RecordRoute(Medium!.Value, userId, ReachedOn!.Value, time.Today()) is { } refusal)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(ReachedOn), refusal.Message);
            Involved = await involved.ShowAsync(tenant.TenantId, Input);
            return Page();
        }

        if (Medium == ReportMedium.Oral)
        {
            // Told, not written: the reporter reads what was written down and confirms or corrects it (directive art. 18).
            db.CaseEntries.Add(crypto.NewEntry(report, EntryKind.Transcript, Input.Text!.Trim(), now, userId));
        }

        if (!string.IsNullOrWhiteSpace(ReporterName))
        {
            // Only when the reporter wants the desk to know: the recorder cannot read it back.
            db.ReporterIdentities.Add(crypto.NewIdentity(report, ReporterName.Trim(), confidantUserId: null, consent: true));
        }

        await db.SaveChangesAsync();
        await intake.SendNoticesAsync();
        (ReceiptCode, Reference) = (code, report.Reference);
        return Page();
    }

    private async Task LoadAsync()
    {
        var slug = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.PolicySlug).FirstAsync();
        (Table, Procedure) = (IntakeRoutes.For(slug), Procedures.For(slug));
        // The confidant has a page of their own (/vertrouwenspersoon/melden), with the identity vault.
        Offered = [.. Table.OfferedTo(Roles).Where(r => r.Channel != ReportChannel.Confidant)];
        Silent = [.. Table.SilentFor(Roles).Where(r => r.Channel != ReportChannel.Confidant)];
    }
}
