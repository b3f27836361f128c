using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// One declaration for those who need to know: the employee (sees the decision, responds, ends or
/// changes a side activity), the decider (decides here), the manager chain and the officers.
/// </summary>
[Authorize(Policy = Policies.Member)]
[RequestSizeLimit(DeclarationAttachments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DeclarationAttachments.MaxRequestBytes)]
public sealed class DetailsModel(LoketDbContext db, PolicyEngine engine, JobNotifications notices, TimeProvider time) : PageModel
{
    public EmployeeDeclaration Declaration { get; private set; } = null!;

    public VerdictView? Verdict { get; private set; }

    /// <summary>The gift destinations the employee's code allows, from the policy in force on the day of submission.</summary>
    public GiftDestinations Destinations { get; private set; } = GiftDestinations.Default;

    public IReadOnlyList<EmployeeDeclaration> History { get; private set; } = [];

    public IReadOnlyList<DeclarationAttachments.Listed> Attachments { get; private set; } = [];

    /// <summary>The employee adds files while the declaration still waits for a decision.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public bool MayAddFiles => IsOwn && Declaration.Status == DeclarationStatus.Submitted && Attachments.Count < DeclarationAttachments.MaxFiles;

    [BindProperty]
    public DecisionForm Decide { get; set; } = new();

    [BindProperty]
    public string? ResponseText { get; set; }

    [BindProperty]
    public DateOnly? EndDate { get; set; }

    public bool Submitted { get; private set; }

    public bool MayDecide { get; private set; }

    public bool IsOwn => Declaration.EmployeeId == LoketClaims.EmployeeOf(User);

    /// <summary>The menu item this page belongs to for the reader: their own declarations, the registers, or deciding.</summary>
    public string MenuSection => IsOwn ? "/meldingen" : User.HasClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer)) ? "/registers" : "/beslissen";

    public async Task<IActionResult> OnGetAsync(Guid id, int? ingediend)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Submitted = ingediend == 1;
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id) =>
        await ChangeAsync(id, async (d, me) =>
        {
            // Four eyes on the day of the decision: a relation ended before today no longer stands in the way.
            // A relationship declaration's own colleague is the relation it declares, register or not.
            var related = d.RelatedEmployeeId == me || await People.Relatedness.AreRelatedAsync(db, d.TenantId, d.EmployeeId, me, time.Today());
            var refused = d.Decide(Decide.ToDecision(), Destinations, me, related, DeclarationAccess.IsOfficer(User), time.GetUtcNow());
            if (refused is null)
            {
                await People.RelationFromDeclaration.RecordAsync(db, d, LoketClaims.UserIdOf(User), time.GetUtcNow());
                DeclarationNotices.QueueDecided(notices, d);
            }

            return refused;
        }, "Decide.Outcome");

    public async Task<IActionResult> OnPostRespondAsync(Guid id) =>
        await ChangeAsync(id, (d, me) => Task.FromResult(d.Respond(me, ResponseText, time.GetUtcNow())), nameof(ResponseText));

    public async Task<IActionResult> OnPostEndAsync(Guid id) =>
        await ChangeAsync(id, async (d, me) =>
        {
            var refused = d.End(me, EndDate, time.GetUtcNow());
            if (refused is null)
            {
                await People.RelationFromDeclaration.EndAsync(db, d, LoketClaims.UserIdOf(User), time.GetUtcNow());
            }

            return refused;
        }, nameof(EndDate));

    public async Task<IActionResult> OnPostAttachAsync(Guid id)
    {
        if (!await LoadAsync(id) || LoketClaims.EmployeeOf(User) is not { } me)
        {
            return NotFound();
        }

        if (!MayAddFiles)
        {
            ModelState.AddModelError(nameof(Files), "Je kunt alleen bijlagen toevoegen aan je eigen opgave zolang er nog geen besluit is.");
            return Page();
        }

        if (Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Kies een bestand.");
            return Page();
        }

        var kept = Attachments.Select(a => a.Id).ToList();
        var errors = await DeclarationAttachments.StashAsync(db, me, Files, kept, time.GetUtcNow(), id);
        await db.SaveChangesAsync();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(nameof(Files), error);
            }

            Attachments = await DeclarationAttachments.OfAsync(db, id);
            return Page();
        }

        return Redirect($"/meldingen/{id}");
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<EmployeeDeclaration, Guid, Task<Refusal?>> change, string errorKey)
    {
        if (!await LoadAsync(id) || LoketClaims.EmployeeOf(User) is not { } me)
        {
            return NotFound();
        }

        if (await change(Declaration, me) is { } refusal)
        {
            ModelState.AddModelError(errorKey, refusal.Message);
            return Page();
        }

        await db.SaveChangesAsync();
        notices.HandOver();
        return Redirect($"/meldingen/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var declaration = await db.Declarations.Include(d => d.Employee).ThenInclude(e => e!.JobFunction)
            .Include(d => d.Decider).Include(d => d.DecidedBy)
            .FirstOrDefaultAsync(d => d.Id == id);
        if (declaration is null || !await DeclarationAccess.MayReadAsync(db, User, declaration))
        {
            return false;
        }

        Declaration = declaration;
        var me = LoketClaims.EmployeeOf(User);
        MayDecide = declaration.Status == DeclarationStatus.Submitted && me is not null && declaration.EmployeeId != me
            && (declaration.DeciderId is { } decider ? decider == me : DeclarationAccess.IsOfficer(User));
        if (DeclarationAccess.IsSensitive(declaration.Type))
        {
            // Every read of a relationship or private circumstance is in the audit trail (issue 4, point 7).
            db.RecordRead(nameof(EmployeeDeclaration), declaration.Id.ToString(), $"{declaration.Type.DutchLabel()} ingezien");
            await db.SaveChangesAsync();
        }

        // The verdict with today's records of the employee, on the code in force on the day of submission.
        var submittedOn = Infrastructure.Time.DutchTime.Day(declaration.SubmittedAt);
        var declarant = await Declarant.LoadAsync(db, declaration.EmployeeId, submittedOn);
        var evaluation = engine.EvaluateJson(declarant, declaration.Answers, submittedOn).Evaluation;
        Destinations = engine.GiftDestinations(declarant.PolicySlug, submittedOn);
        Verdict = evaluation is null ? null : new VerdictView(evaluation, declaration.Type, declaration.Decider?.Name ?? DeclarationRouting.Officer);
        History = await HistoryAsync(declaration);
        Attachments = await DeclarationAttachments.OfAsync(db, declaration.Id);
        return true;
    }

    private async Task<IReadOnlyList<EmployeeDeclaration>> HistoryAsync(EmployeeDeclaration declaration)
    {
        var versions = new List<EmployeeDeclaration>();
        var previousId = declaration.PreviousVersionId;
        while (previousId is { } pid && versions.Count < 50)
        {
            var previous = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == pid);
            if (previous is null)
            {
                break;
            }

            versions.Add(previous);
            previousId = previous.PreviousVersionId;
        }

        return versions;
    }
}
