using Loket.Web.Audit;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
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
/// The reporter's inbox: with the receipt code (or, for a named report, signed in) the reporter reads
/// the status and the desk's messages, writes back, adds files, confirms a transcript, reports
/// retaliation linked to the case and asks for a review from whom the municipality's code names
/// (<see cref="Procedures"/>). Every read is audited.
/// Only the reporter acts here: a code that staff saw (oral intake, a confidant's filing) is a handover
/// code that opens nothing but its exchange for the reporter's own code, and a signed-in desk member or
/// confidant, or whoever filed or handles the case, cannot act with a code at all.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("meldpunt")]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class InboxModel(LoketDbContext db, TenantContext tenant, CurrentActor actor, InboxSession session, ReceiptCheck check,
    ReceiptAttempts attempts, GuessingWaveAlert alert, ReporterFiles files, CaseCrypto crypto, KeyRing ring, ReportIntake intake, Mailer mailer, CaseAccess access, TimeProvider time) : PageModel
{
    public const long MaxFileBytes = ReporterFiles.MaxFileBytes;

    /// <summary>One file and a message: anything larger is refused while it is read, before the page sees it.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (2 * 1024 * 1024);

    /// <summary>Roles whose holders see receipt codes or handle cases: signed in, they never act with a code.</summary>
    public const Role StaffRoles = Role.IntegrityOfficer | Role.Secretary | Role.Confidant;

    public const string StaffRefusal = "Je bent ingelogd als medewerker van het meldpunt of als vertrouwenspersoon. Met een ontvangstcode handelt alleen de melder zelf. Is dit je eigen melding? Log dan eerst uit.";

    public sealed record Line(Guid Id, EntryKind Kind, DateTimeOffset At, string Text, string? FileName, bool AwaitsConfirmation);

    public sealed record CaseView(Report Report, IReadOnlyList<Line> Lines);

    /// <summary>For a named reporter, the report chosen on "Mijn meldingen".</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Melding { get; set; }

    public CaseView? Case { get; private set; }

    public List<CaseView> Linked { get; private set; } = [];

    public IReadOnlyList<ExternalRoute> Routes => Procedure?.Routes ?? [];

    /// <summary>The municipality's own procedure: review, retaliation, outside routes.</summary>
    public Procedures.Procedure? Procedure { get; private set; }

    public string? TenantName => tenant.Name;

    /// <summary>The identity is in the vault but hidden from the desk: the reporter may consent.</summary>
    public bool MayConsent { get; private set; }

    /// <summary>The reporter's own code, just issued for a handover code: shown in this response only.</summary>
    public string? OwnCode { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        if (await ResolveAsync() is { } report)
        {
            await ShowAsync(report);
        }
    }

    public async Task<IActionResult> OnPostCodeAsync(string? code)
    {
        if (HoldsStaffRole())
        {
            return Refused(StatusCodes.Status403Forbidden, StaffRefusal);
        }

        // Checked before the code is hashed: a refused attempt learns nothing and costs nothing.
        if (attempts.Refuse(HttpContext) is { } minutes)
        {
            return Refused(StatusCodes.Status429TooManyRequests, $"Te veel pogingen. Probeer het over {minutes} {(minutes == 1 ? "minuut" : "minuten")} opnieuw.");
        }

        var opening = await check.OpenAsync(code);
        if (opening.Report is not { } report)
        {
            if (attempts.Failed(out var failures))
            {
                await alert.RaiseAsync(failures, attempts.WaveWindow);
            }

            return Refused(StatusCodes.Status200OK, opening.HandoverSpentAt is { } spent
                ? $"Deze overdrachtscode is al ingewisseld voor een eigen code, op {Dutch.DateTime(spent)}. Deed je dat niet zelf? Neem dan contact op met het meldpunt of je vertrouwenspersoon: dan heeft iemand anders je code gebruikt."
                : "Deze code kennen we niet. Controleer de 16 cijfers.");
        }

        if (await FiledOrHandlesAsync(report))
        {
            return Refused(StatusCodes.Status403Forbidden, StaffRefusal);
        }

        if (tenant.TenantId is { } current && current != report.TenantId)
        {
            return Refused(StatusCodes.Status200OK, "Je bent ingelogd bij een andere gemeente. Log uit om deze melding te openen.");
        }

        if (report.ReceiptIsHandover)
        {
            // Whoever holds the handover code now gets the only code that will work from here on. If that
            // is not the reporter, the reporter's next try says when it was used, and the desk can act.
            var owner = await db.Tenants.FirstAsync(t => t.Id == report.TenantId);
            tenant.Set(owner.Id, owner.Slug, owner.Name);
            actor.Set(null, "houder van een overdrachtscode");
            OwnCode = check.ExchangeHandover(report);
            await db.SaveChangesAsync();
            session.Open(Response, report.Id);
            return Page();
        }

        session.Open(Response, report.Id);
        return Redirect("/melden/inbox");
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid target, string? text, IFormFile? file)
    {
        if (await ResolveAsync() is not { } report)
        {
            return Redirect("/melden/inbox");
        }

        var into = target == report.Id ? report : await OwnLinked(report).FirstOrDefaultAsync(r => r.Id == target);
        if (into is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(text) && file is null)
        {
            ModelState.AddModelError($"text-{into.Id}", "Schrijf een bericht of kies een bestand.");
        }
        else if (text?.Length > 20_000)
        {
            ModelState.AddModelError($"text-{into.Id}", "Een bericht is hoogstens 20.000 tekens.");
        }

        (string, byte[])? attachment = null;
        if (ModelState.IsValid && file is not null)
        {
            var accepted = await files.AcceptAsync(HttpContext, into, file);
            if (accepted.File is { } checkedFile)
            {
                attachment = (checkedFile.Name, checkedFile.Content);
            }
            else
            {
                ModelState.AddModelError($"file-{into.Id}", accepted.Error!);
                if (accepted.WaitMinutes is not null)
                {
                    Response.StatusCode = StatusCodes.Status429TooManyRequests;
                }
            }
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(report);
            return Page();
        }

        db.CaseEntries.Add(crypto.NewEntry(into, EntryKind.MessageFromReporter, text?.Trim() ?? string.Empty, time.GetUtcNow(), null, attachment));
        await db.SaveChangesAsync();
        Message = "Je bericht is verstuurd naar het meldpunt.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid entry)
    {
        if (await ResolveAsync() is not { } report)
        {
            return Redirect("/melden/inbox");
        }

        var transcript = await db.CaseEntries.FirstOrDefaultAsync(e => e.Id == entry && e.ReportId == report.Id && e.Kind == EntryKind.Transcript);
        if (transcript is null)
        {
            return NotFound();
        }

        transcript.Confirm(time.GetUtcNow());
        await db.SaveChangesAsync();
        Message = "Je hebt het verslag bevestigd.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostRetaliationAsync(string? retaliation)
    {
        if (await ResolveAsync() is not { } report)
        {
            return Redirect("/melden/inbox");
        }

        if (string.IsNullOrWhiteSpace(retaliation) || retaliation.Length > 20_000)
        {
            ModelState.AddModelError("retaliation", "Beschrijf kort hoe je benadeeld wordt (hoogstens 20.000 tekens).");
            await ShowAsync(report);
            return Page();
        }

        var (linked, _) = await intake.FileAsync(
            new NewReport(report.TenantId, ReportCategory.Retaliation, report.Channel, retaliation, null, null, report.Id, ReporterTag: report.ReporterTag), withReceiptCode: false);
        await db.SaveChangesAsync();
        await intake.SendNoticesAsync();
        Message = $"Je melding van benadeling ({linked.Reference}) is ontvangen en krijgt voorrang. Je volgt haar hier, met dezelfde code.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostReviewAsync()
    {
        if (await ResolveAsync() is not { } report)
        {
            return Redirect("/melden/inbox");
        }

        if (report.RequestReview(time.GetUtcNow()) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            await ShowAsync(report);
            return Page();
        }

        await db.SaveChangesAsync();
        // Whom the code names, in this municipality, and never someone involved in the report.
        var review = Procedure!.Review;
        var candidates = await db.Memberships.IgnoreQueryFilters().Where(m => m.TenantId == report.TenantId && (m.Roles & review.To) != 0 && m.User!.Email != null)
            .Select(m => new { m.UserId, m.User!.Email, m.User.DisplayName }).ToListAsync();
        var recipients = new List<Notification>();
        foreach (var candidate in candidates)
        {
            if (!await access.IsExcludedAsync(report.Id, candidate.UserId))
            {
                recipients.Add(new Notification(candidate.Email!, candidate.DisplayName, "Verzoek om heroverweging", "Een melder vraagt om heroverweging van de afhandeling van een melding bij het meldpunt.", "/meldpunt/dossiers"));
            }
        }

        await mailer.SendAsync(recipients);
        Message = $"Je verzoek om heroverweging is doorgestuurd naar {review.Addressee}.";
        return Redirect(Here);
    }

    /// <summary>A reporter who went through a confidant may later let the desk see their name (Wbk art. 1a: consent).</summary>
    public async Task<IActionResult> OnPostConsentAsync()
    {
        if (await ResolveAsync() is not { } report)
        {
            return Redirect("/melden/inbox");
        }

        var vault = await db.ReporterIdentities.FirstOrDefaultAsync(v => v.ReportId == report.Id);
        if (vault is { ConsentToDesk: false })
        {
            crypto.GiveConsent(vault);
            await db.SaveChangesAsync();
        }

        Message = "Het meldpunt mag nu je naam zien.";
        return Redirect(Here);
    }

    public IActionResult OnPostClose()
    {
        InboxSession.Close(Response);
        return Redirect("/melden/inbox");
    }

    private string Here => Melding is { } id ? $"/melden/inbox?melding={id}" : "/melden/inbox";

    private PageResult Refused(int status, string message)
    {
        ModelState.AddModelError("code", message);
        Response.StatusCode = status;
        return Page();
    }

    private bool HoldsStaffRole() =>
        User.FindAll(LoketClaims.Role).Any(c => Enum.TryParse<Role>(c.Value, out var role) && (role & StaffRoles) != 0);

    /// <summary>The signed-in user filed or recorded this case for someone, handles it, or is staff of its municipality.</summary>
    private async Task<bool> FiledOrHandlesAsync(Report report)
    {
        if (LoketClaims.UserIdOf(User) is not { } userId)
        {
            return false;
        }

        return report.RecordedByUserId == userId
            || await db.ReportHandlers.IgnoreQueryFilters().AnyAsync(h => h.ReportId == report.Id && h.UserId == userId)
            || await db.ReporterIdentities.IgnoreQueryFilters().AnyAsync(v => v.ReportId == report.Id && v.ConfidantUserId == userId)
            || await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.TenantId == report.TenantId && (m.Roles & StaffRoles) != 0);
    }

    private async Task<Report?> ResolveAsync()
    {
        var id = session.Current(Request);
        var named = false;
        if (Melding is { } chosen && LoketClaims.UserIdOf(User) is { } userId)
        {
            var tag = ring.Tag("reporter", userId.ToString());
            if (await db.Reports.IgnoreQueryFilters().AnyAsync(r => r.Id == chosen && r.ReporterTag == tag))
            {
                (id, named) = (chosen, true);
            }
        }

        if (id is null)
        {
            return null;
        }

        var report = await db.Reports.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null || (tenant.TenantId is { } current && current != report.TenantId))
        {
            return null;
        }

        // With a code only the reporter acts: never on a handover code, never signed in as staff or as the filer.
        if (!named && (report.ReceiptIsHandover || HoldsStaffRole() || await FiledOrHandlesAsync(report)))
        {
            if (!report.ReceiptIsHandover)
            {
                ModelState.AddModelError("code", StaffRefusal);
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return null;
        }

        var owner = await db.Tenants.FirstAsync(t => t.Id == report.TenantId);
        tenant.Set(owner.Id, owner.Slug, owner.Name);
        Procedure = Procedures.For(owner.PolicySlug);
        // The reporter is anonymous to the audit trail too, whoever's browser this is; a named reporter is
        // "melder op naam" there: the desk knows the name from the vault, the auditor only that one exists.
        actor.Set(null, named ? ReporterActor.Named : ReporterActor.Anonymous);

        return report;
    }

    private async Task ShowAsync(Report report)
    {
        Case = await ViewAsync(report);
        MayConsent = await db.ReporterIdentities.AnyAsync(v => v.ReportId == report.Id && !v.ConsentToDesk);
        foreach (var linked in await OwnLinked(report).OrderBy(r => r.ReceivedAt).ToListAsync())
        {
            Linked.Add(await ViewAsync(linked));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The reporter's own retaliation reports on this case: filed from this inbox, so without a code of
    /// their own and with the same reporter. A witness's report on the same case is theirs, not this reporter's.
    /// </summary>
    private IQueryable<Report> OwnLinked(Report report) =>
        db.Reports.Where(r => r.RelatedReportId == report.Id && r.ReceiptHash == null && r.ReporterTag == report.ReporterTag);

    private async Task<CaseView> ViewAsync(Report report)
    {
        var entries = await db.CaseEntries.Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ToListAsync();
        var lines = entries.Where(e => e.Kind.VisibleToReporter())
            .Select(e => new Line(e.Id, e.Kind, e.At, crypto.Text(report, e), crypto.FileName(report, e), e.Kind == EntryKind.Transcript && e.ConfirmedAt is null))
            .ToList();
        db.RecordRead(nameof(Report), report.Id.ToString(), "Gelezen door de melder");
        return new CaseView(report, lines);
    }
}
