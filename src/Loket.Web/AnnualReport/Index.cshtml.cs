using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// The year's integrity report of this municipality (issue 18): the draft, counted from the data each time
/// and shown with the coordinator's latest text, or the adopted report exactly as frozen. The coordinator
/// writes the text (every save a new version) and another coordinator adopts it; the gemeentesecretaris
/// reads the adopted report; the auditor reads both. Nobody sees a case from here: the report holds none.
/// </summary>
[Authorize(Policy = AnnualReportServices.Readers)]
public sealed class IndexModel(LoketDbContext db, AnnualReportBuilder builder, ReportChain chain, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jaar")]
    public int? Year { get; set; }

    [BindProperty]
    public List<string?> Texts { get; set; } = [];

    [BindProperty]
    public int? SeenVersion { get; set; }

    [BindProperty(SupportsGet = true, Name = "controle")]
    public bool Check { get; set; }

    public AnnualReportDocument? Document { get; private set; }

    public AdoptedReport? Adopted { get; private set; }

    public ReportDraft? Latest { get; private set; }

    public List<ReportChain.Version> Versions { get; private set; } = [];

    /// <summary>The desk serves more municipalities: their figures together are on /jaarverslag/meldpunt.</summary>
    public bool SharedDesk { get; private set; }

    /// <summary>The charts drawn on the server, by table key, each shown beside its table.</summary>
    public IReadOnlyDictionary<string, Output.ChartImage> Charts { get; private set; } = new Dictionary<string, Output.ChartImage>();

    /// <summary>After "controle": whether the adopted report's numbers still follow from the data.</summary>
    public bool? Recounted { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>The message is about the text just saved: shown at the form, where the page opens.</summary>
    [TempData]
    public bool Saved { get; set; }

    public bool IsOfficer => User.HasClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer));

    /// <summary>The gemeentesecretaris alone reads the adopted report, not drafts.</summary>
    public bool ReadsDrafts => AnnualReportDownloads.ReadsDrafts(User);

    public bool MayAdopt => IsOfficer && Adopted is null && Latest is not null && Latest.WrittenByUserId != LoketClaims.UserIdOf(User);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!IsOfficer)
        {
            return Forbid();
        }

        var year = ChosenYear();
        var written = await chain.WriteAsync(year, Texts, LoketClaims.UserIdOf(User)!.Value);
        if (written is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            await LoadAsync();
            return Page();
        }

        Message = "Het concept is opgeslagen als nieuwe versie.";
        Saved = true;
        return Redirect($"/jaarverslag?jaar={year}#schrijven");
    }

    public async Task<IActionResult> OnPostAdoptAsync()
    {
        if (!IsOfficer)
        {
            return Forbid();
        }

        var year = ChosenYear();
        var adopted = await chain.AdoptAsync(year, SeenVersion, LoketClaims.UserIdOf(User)!.Value);
        if (adopted.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            await LoadAsync();
            return Page();
        }

        Message = $"Het jaarverslag {year} is vastgesteld. De gemeentesecretaris heeft bericht gekregen.";
        return Redirect($"/jaarverslag?jaar={year}");
    }

    private int ChosenYear() => Year is { } y && y >= DutchDate.FirstYear && y <= time.Today().Year ? y : time.Today().Year;

    private async Task LoadAsync()
    {
        Year = ChosenYear();
        var tenant = LoketClaims.TenantOf(User)!.Value;
        (Adopted, Latest, Document) = await chain.ReadAsync(Year.Value, ReadsDrafts);
        Versions = await chain.VersionsAsync(Year.Value);
        var desk = await db.Tenants.Where(t => t.Id == tenant).Select(t => t.DeskId).SingleAsync();
        SharedDesk = await db.Tenants.CountAsync(t => t.DeskId == desk) > 1;
        if (Document is not null)
        {
            Charts = Output.AnnualReportCharts.All(Document).ToDictionary(c => c.TableKey);
        }

        if (Adopted is not null && Check)
        {
            Recounted = ReportChain.SameFigures(Document!, await builder.MunicipalityAsync(tenant, Year.Value));
        }

        if (Texts.Count == 0)
        {
            Texts = [Latest?.Developments, Latest?.Evaluation, Latest?.Goals];
        }

        SeenVersion = Latest?.Version;
    }

    public int ThisYear => time.Today().Year;

    public string Written(DateTimeOffset at) => DutchTime.Written(at) + " " + DutchTime.Time(at);
}
