using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// One form for every declaration type, its questions taken from the policy engine's fields. "Bekijk
/// oordeel" posts to the same page and shows the verdict with its articles; the form's main button
/// shows every answer to check (nothing stored yet), from where "Wijzigen" returns to the form as typed
/// and "Opgave indienen" files it. The check step carries the answers in hidden fields, so it works
/// without JavaScript and without a draft in the database.
/// </summary>
[Authorize(Policy = Policies.Employee)]
[RequestSizeLimit(DeclarationAttachments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DeclarationAttachments.MaxRequestBytes)]
public sealed class NewDeclarationModel(LoketDbContext db, TenantContext tenant, PolicyEngine engine, JobNotifications notices, TimeProvider time) : PageModel
{
    [BindProperty]
    public DeclarationForm Input { get; set; } = new();

    /// <summary>Files chosen in this post; checked and kept at once (see <see cref="DeclarationAttachments"/>).</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<DeclarationAttachments.Listed> KeptFiles { get; private set; } = [];

    public DeclarationKinds.Kind Kind { get; private set; } = DeclarationKinds.All[0];

    public IReadOnlyList<DeclarationField> Fields => DeclarationFields.Declared(Kind.Type);

    public VerdictView? Verdict { get; private set; }

    /// <summary>The check step: the answers as the engine read them, shown for a second confirmation.</summary>
    public string? CheckedAnswers { get; private set; }

    /// <summary>False for someone with no manager (a gemeentesecretaris): the form does not ask whether the manager is involved.</summary>
    public bool HasManager { get; private set; } = true;

    /// <summary>For a top official declaring a side activity: it will be published (told before submitting).</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string soort, Guid? vorige)
    {
        if (DeclarationKinds.FromSlug(soort) is not { } kind || LoketClaims.EmployeeOf(User) is not { } me)
        {
            return NotFound();
        }

        Kind = kind;
        if (vorige is { } previousId)
        {
            var previous = await db.Declarations.FirstOrDefaultAsync(d => d.Id == previousId && d.EmployeeId == me && d.Type == kind.Type && d.SupersededAt == null);
            if (previous is null)
            {
                return NotFound();
            }

            Input = new DeclarationForm
            {
                Subject = previous.Subject,
                Counterparty = previous.Counterparty,
                Role = previous.Role,
                StartDate = previous.StartDate,
                RelatedEmployeeId = previous.RelatedEmployeeId,
                RelationKind = previous.RelationKind,
                PreviousVersionId = previous.Id,
                Answers = DeclarationJson.Parse(previous.Answers).Input is { } stored ? FormAnswers.Write(stored.Declaration) : [],
            };
        }

        await EvaluateAsync(verdict: false);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string soort)
    {
        if (DeclarationKinds.FromSlug(soort) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        await KeepFilesAsync();
        await EvaluateAsync();
        return Page();
    }

    /// <summary>The form's main button: everything checked as on submission, then shown to confirm.</summary>
    public async Task<IActionResult> OnPostAsync(string soort)
    {
        if (DeclarationKinds.FromSlug(soort) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        RequireSubject();
        await RequireColleagueAsync();
        await KeepFilesAsync();
        var (answers, _) = await EvaluateAsync();
        if (ModelState.IsValid && answers is not null && Verdict is not null)
        {
            CheckedAnswers = answers;
        }

        return Page();
    }

    /// <summary>"Wijzigen" on the check step: back to the form with everything as typed, kept files included.</summary>
    public async Task<IActionResult> OnPostEditAsync(string soort)
    {
        if (DeclarationKinds.FromSlug(soort) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        await KeepFilesAsync();
        await EvaluateAsync(verdict: false);
        return Page();
    }

    /// <summary>"Opgave indienen" on the check step: judged again as posted, and stored.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string soort)
    {
        if (DeclarationKinds.FromSlug(soort) is not { } kind || LoketClaims.EmployeeOf(User) is not { } me)
        {
            return NotFound();
        }

        Kind = kind;
        RequireSubject();
        await RequireColleagueAsync();
        await KeepFilesAsync();
        var (answers, declarant) = await EvaluateAsync();
        if (!ModelState.IsValid || answers is null || declarant is null || Verdict is null)
        {
            return Page();
        }

        EmployeeDeclaration? previous = null;
        if (Input.PreviousVersionId is { } previousId)
        {
            previous = await db.Declarations.FirstOrDefaultAsync(d => d.Id == previousId && d.EmployeeId == me);
            if (previous is null)
            {
                ModelState.AddModelError(string.Empty, new PreviousVersionGone().Message);
                return Page();
            }
        }

        var route = await DeclarationRouting.RouteAsync(db, declarant, Input.ManagerInvolved || NamesFirstDecider(declarant));
        var submission = new Submission(tenant.TenantId!.Value, me, kind.Type, answers, Description, Verdict.Evaluation.Verdict,
            PolicyEngine.Citation(Verdict.Evaluation), route)
        { Previous = previous };
        var filed = EmployeeDeclaration.Submit(submission, time.GetUtcNow());
        if (filed.Value is not { } declaration)
        {
            AddError(filed.Refusal!);
            return Page();
        }

        db.Declarations.Add(declaration);
        await DeclarationAttachments.FileAsync(db, me, Input.Attachments, declaration.Id);
        await DeclarationNotices.QueueSubmittedAsync(db, notices, declaration);
        await db.SaveChangesAsync();
        notices.HandOver();
        return Redirect($"/meldingen/{declaration.Id}?ingediend=1");
    }

    /// <summary>
    /// A relationship with the very manager (or substitute) who would decide it: not in the register until it
    /// is approved, so routing cannot know; it goes one level up, as when the employee says the manager is involved.
    /// </summary>
    private bool NamesFirstDecider(Declarant declarant) =>
        Description.RelatedEmployeeId is { } colleague && declarant.Above is { } level && colleague == (level.Substitute ?? level.ManagerId);

    /// <summary>The picked colleague's name, for the check step.</summary>
    public string? ColleagueName { get; private set; }

    /// <summary>The employee's own words; a start date and a colleague only where the form asks for them.</summary>
    private DeclarationDescription Description =>
        new(Input.Subject, Input.Counterparty, Input.Role, Kind.HasStartDate ? Input.StartDate : null)
        {
            RelatedEmployeeId = Kind.NamesColleague ? Input.RelatedEmployeeId : null,
            RelationKind = Kind.NamesColleague ? Input.RelationKind : null,
        };

    /// <summary>A picked colleague is someone else of this municipality (the picker's list is no guarantee).</summary>
    private async Task RequireColleagueAsync()
    {
        if (Description.RelatedEmployeeId is not { } colleague)
        {
            return;
        }

        ColleagueName = colleague == LoketClaims.EmployeeOf(User) ? null
            : await db.Employees.Where(e => e.Id == colleague).Select(e => e.Name).FirstOrDefaultAsync();
        if (ColleagueName is null)
        {
            AddError(new UnknownColleague());
        }
    }

    /// <summary>Every refusal of the description at once, next to its field (the same check <see cref="EmployeeDeclaration.Submit"/> makes).</summary>
    private void RequireSubject()
    {
        foreach (var refusal in Description.Check(Kind.Type))
        {
            AddError(refusal);
        }
    }

    private void AddError(Refusal refusal) =>
        ModelState.AddModelError(refusal is DescriptionRefusal { Field: var field } ? $"Input.{field}" : string.Empty, refusal.Message);

    /// <summary>Stores the posted files at once, so whatever else fails the employee need not choose them again.</summary>
    private async Task KeepFilesAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return;
        }

        var kept = (await DeclarationAttachments.PendingAsync(db, me, Input.Attachments)).Select(a => a.Id).ToList();
        foreach (var error in await DeclarationAttachments.StashAsync(db, me, Files, kept, time.GetUtcNow()))
        {
            ModelState.AddModelError(nameof(Files), error);
        }

        if (Files.Count > 0)
        {
            await db.SaveChangesAsync();
        }

        Input.Attachments = kept;
        KeptFiles = await DeclarationAttachments.PendingAsync(db, me, kept);
    }

    /// <summary>
    /// The engine's verdict for the form as typed (shown as the preview, addressed to whoever decides for
    /// this employee), and the employee it was judged for. Without <paramref name="verdict"/> only the
    /// notice about publication is prepared.
    /// </summary>
    private async Task<(string? Answers, Declarant? Declarant)> EvaluateAsync(bool verdict = true)
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return (null, null);
        }

        var today = time.Today();
        var declarant = await Declarant.LoadAsync(db, me, today);
        Notice = PublicationNotice.For(engine, declarant, Kind.Type, today);
        HasManager = declarant.Above?.ManagerId is not null;
        if (!verdict)
        {
            return (null, declarant);
        }

        var result = engine.Evaluate(declarant, Kind.Type, Input.Answers, today);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (result.Evaluation is { } evaluation)
        {
            var route = await DeclarationRouting.RouteAsync(db, declarant, Input.ManagerInvolved || NamesFirstDecider(declarant));
            var name = route.DeciderId is { } decider ? await db.Employees.Where(e => e.Id == decider).Select(e => e.Name).FirstOrDefaultAsync() : null;
            Verdict = new VerdictView(evaluation, Kind.Type, name is null ? route.Who : $"{route.Who} ({name})")
            {
                Situation = Situation(declarant, Kind.Type, route),
            };
        }

        return (result.Answers, declarant);
    }

    /// <summary>Said where the employee's situation differs from the usual manager-decides case.</summary>
    internal static string? Situation(Declarant declarant, DeclarationType type, DeclarationRouting.Route route) =>
        declarant.Above?.ManagerId is null
            ? $"Over je opgave beslist {route.Who}: boven jou staat niemand in de lijn."
            : type == DeclarationType.FinancialInterest && declarant.Designated
                ? "Je functie is aangewezen voor het melden van financiële belangen."
                : null;
}
