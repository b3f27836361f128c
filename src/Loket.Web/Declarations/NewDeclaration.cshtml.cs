using System.Text.Json;
using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// One form for every declaration type, its questions taken from the policy engine's fields. "Bekijk
/// oordeel" posts to the same page and shows the verdict with its articles; "Indienen" files it.
/// </summary>
[Authorize(Policy = Policies.Employee)]
[RequestSizeLimit(DeclarationAttachments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DeclarationAttachments.MaxRequestBytes)]
public sealed class NewDeclarationModel(LoketDbContext db, TenantContext tenant, PolicyEngine engine, TimeProvider time) : PageModel
{
    [BindProperty]
    public DeclarationForm Input { get; set; } = new();

    /// <summary>Files chosen in this post; checked and kept at once (see <see cref="DeclarationAttachments"/>).</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<DeclarationAttachments.Listed> KeptFiles { get; private set; } = [];

    public DeclarationKinds.Kind Kind { get; private set; } = DeclarationKinds.All[0];

    public IReadOnlyList<FieldDefinition> Fields => [.. DeclarationFields.For(Kind.Type).Where(f => !f.FromContext)];

    public Evaluation? Evaluation { get; private set; }

    /// <summary>Read by <see cref="EvaluateAsync"/>; the route of the submission starts from it.</summary>

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
                PreviousVersionId = previous.Id,
                Answers = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(previous.Answers)!
                    .Where(p => p.Key != "type")
                    .ToDictionary(p => p.Key, p => (string?)(p.Value.ValueKind is JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())),
            };
        }

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

    public async Task<IActionResult> OnPostAsync(string soort)
    {
        if (DeclarationKinds.FromSlug(soort) is not { } kind || LoketClaims.EmployeeOf(User) is not { } me)
        {
            return NotFound();
        }

        Kind = kind;
        if (string.IsNullOrWhiteSpace(Input.Subject))
        {
            ModelState.AddModelError("Input.Subject", "Beschrijf kort waar je melding over gaat.");
        }

        await KeepFilesAsync();
        var (answers, declarant) = await EvaluateAsync();
        if (!ModelState.IsValid || answers is null || declarant is null || Evaluation is null)
        {
            return Page();
        }

        EmployeeDeclaration? previous = null;
        if (Input.PreviousVersionId is { } previousId)
        {
            previous = await db.Declarations.FirstOrDefaultAsync(d => d.Id == previousId && d.EmployeeId == me && d.Type == kind.Type && d.SupersededAt == null);
            if (previous is null)
            {
                ModelState.AddModelError(string.Empty, "De eerdere versie is al gewijzigd of bestaat niet.");
                return Page();
            }
        }

        var now = time.GetUtcNow();
        var route = await DeclarationRouting.RouteAsync(db, declarant, Input.ManagerInvolved);
        var declaration = new EmployeeDeclaration
        {
            TenantId = tenant.TenantId!.Value,
            EmployeeId = me,
            Type = kind.Type,
            Answers = answers,
            Subject = Input.Subject!.Trim(),
            Counterparty = Blank(Input.Counterparty),
            Role = Blank(Input.Role),
            StartDate = kind.Type == DeclarationType.SideActivity ? Input.StartDate : null,
            Verdict = Evaluation.Verdict,
            Citation = PolicyEngine.Citation(Evaluation),
            SubmittedAt = now,
            DeciderId = route.DeciderId,
            RoutingNote = route.Note,
        };
        previous?.SupersededBy(declaration, now);
        db.Declarations.Add(declaration);
        await DeclarationAttachments.FileAsync(db, me, Input.Attachments, declaration.Id);
        await db.SaveChangesAsync();
        return Redirect($"/meldingen/{declaration.Id}?ingediend=1");
    }

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

    /// <summary>The engine's verdict for the form as typed (shown as the preview), and the employee it was judged for.</summary>
    private async Task<(string? Answers, Declarant? Declarant)> EvaluateAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return (null, null);
        }

        var today = time.Today();
        var declarant = await Declarant.LoadAsync(db, me, today);
        var result = engine.Evaluate(declarant, Kind.Type, Input.Answers, today);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        Evaluation = result.Evaluation;
        return (result.Answers, declarant);
    }


    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
