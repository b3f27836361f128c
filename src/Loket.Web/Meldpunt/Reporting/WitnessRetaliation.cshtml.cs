using System.ComponentModel.DataAnnotations;
using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// Retaliation reported by someone who is not the reporter: a witness, or someone who took part in an
/// investigation (Leiden and Leiderdorp 8.3 protect "iemand die ... deelneemt aan een onderzoek"; the
/// Wbk protects whoever helps a reporter). It becomes a case of its own, with priority and its own
/// receipt code, linked to the case whose reference they give. The answer is the same whether that
/// reference exists or not, and nothing of the linked case is ever shown here or in their inbox.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("meldpunt")]
public sealed class WitnessRetaliationModel(LoketDbContext db, TenantContext tenant, CurrentActor actor, ReportIntake intake) : PageModel
{
    public sealed class WitnessForm
    {
        [Required(ErrorMessage = "Kies de gemeente waar het over gaat.")]
        public string? Municipality { get; set; }

        [Required(ErrorMessage = "Vul het kenmerk van het dossier in, zoals M-7K3Q9P.")]
        [StringLength(20, ErrorMessage = "Een kenmerk is kort, zoals M-7K3Q9P.")]
        public string? Reference { get; set; }

        [Required(ErrorMessage = "Kies hoe je bij de melding betrokken was.")]
        public string? Involvement { get; set; }

        [Required(ErrorMessage = "Beschrijf hoe je benadeeld wordt.")]
        [StringLength(20_000, ErrorMessage = "Je beschrijving is langer dan 20.000 tekens. Kort haar in, of stuur de rest later als bericht.")]
        public string? Text { get; set; }
    }

    /// <summary>The two ways besides reporting that Leiden and Leiderdorp 8.3 name, as the form offers them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Involvements = new Dictionary<string, string>
    {
        ["getuige"] = "Ik ben getuige of deelde zelf een zorg over de melding",
        ["onderzoek"] = "Ik heb deelgenomen aan het onderzoek, bijvoorbeeld in een gesprek",
    };

    [BindProperty]
    public WitnessForm Input { get; set; } = new();

    public List<(string Slug, string Name)> Municipalities { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Involvement is not null && !Involvements.ContainsKey(Input.Involvement))
        {
            ModelState.AddModelError("Input.Involvement", "Kies een van de mogelijkheden.");
        }

        var chosen = await db.Tenants.Where(t => t.Slug == Input.Municipality).Select(t => new { t.Id, t.Slug, t.Name }).FirstOrDefaultAsync();
        if (chosen is null && !string.IsNullOrEmpty(Input.Municipality))
        {
            ModelState.AddModelError("Input.Municipality", "Kies een gemeente uit de lijst.");
        }
        else if (chosen is not null && tenant.TenantId is { } current && current != chosen.Id)
        {
            ModelState.AddModelError("Input.Municipality", "Je bent ingelogd bij een andere gemeente. Log uit om bij deze gemeente te melden.");
        }

        if (!ModelState.IsValid || chosen is null)
        {
            await LoadAsync();
            return Page();
        }

        tenant.Set(chosen.Id, chosen.Slug, chosen.Name);
        actor.Set(null, "anonieme melder");
        var reference = Input.Reference!.Trim().ToUpperInvariant();
        var related = await db.Reports.IgnoreQueryFilters().Where(r => r.TenantId == chosen.Id && r.Reference == reference).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        // Only the desk reads this line: whether the reference was known is never shown to the sender.
        var header = $"{Involvements[Input.Involvement!]}. Opgegeven kenmerk: {reference}{(related is null ? " (niet gevonden bij deze gemeente)" : string.Empty)}.";
        var (report, code) = await intake.FileAsync(
            new NewReport(chosen.Id, ReportCategory.Retaliation, ReportChannel.Anonymous, $"{header}\n\n{Input.Text!.Trim()}", null, null, related),
            withReceiptCode: true);
        await db.SaveChangesAsync();
        await intake.SendNoticesAsync();

        TempData[NewModel.ReceiptKey] = code;
        TempData[NewModel.ReceiptReportKey] = report.Id.ToString();
        return Redirect("/melden/ontvangen");
    }

    private async Task LoadAsync()
    {
        var all = await db.Tenants.OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToListAsync();
        Municipalities = [.. all.Select(t => (t.Slug, t.Name))];
    }
}
