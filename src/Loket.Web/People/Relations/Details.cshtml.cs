using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Relations;

/// <summary>
/// One relation of the register: where it came from, who recorded, corrected and ended it and why, a
/// correction (kind, first day, and the end of an ended one) that needs a reason, and its end. The same
/// two roles as the register; a relation of another municipality does not exist here (the tenant filter).
/// </summary>
[Authorize(Policy = Policies.Relations)]
public sealed class DetailsModel(LoketDbContext db, TimeProvider time) : PageModel
{
    /// <summary>Who did something to the relation, when and why; null parts were not recorded.</summary>
    public sealed record Step(string What, DateTimeOffset At, string? By, string? Why);

    [BindProperty]
    public RelationKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? EndsOn { get; set; }

    [BindProperty]
    public string? EndReason { get; set; }

    public Relation Relation { get; private set; } = null!;

    public string EmployeeName { get; private set; } = string.Empty;

    public string RelatedName { get; private set; } = string.Empty;

    public IReadOnlyList<Step> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Kind, StartDate, EndDate) = (Relation.Kind, Relation.StartDate, Relation.EndDate);
        EndsOn = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Kind is null && !HasError(nameof(Kind)))
        {
            ModelState.AddModelError(nameof(Kind), "Kies de soort relatie.");
        }

        if (StartDate is null && !HasError(nameof(StartDate)))
        {
            ModelState.AddModelError(nameof(StartDate), "Vul de begindatum van de relatie in.");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Geef een reden op voor de correctie.");
        }

        if (ModelState.IsValid)
        {
            var known = await db.Relations.Where(r => r.Id != id && (r.EmployeeId == Relation.EmployeeId || r.EmployeeId == Relation.RelatedEmployeeId)
                && (r.RelatedEmployeeId == Relation.EmployeeId || r.RelatedEmployeeId == Relation.RelatedEmployeeId)).ToListAsync();
            var refusal = Relation.Correct(Kind!.Value, StartDate!.Value, EndDate, Reason, LoketClaims.UserIdOf(User), time.GetUtcNow(), known);
            if (refusal is null)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = "De correctie is opgeslagen.";
                return Redirect($"/beheer/relaties/{id}");
            }

            ModelState.AddModelError(FieldOf(refusal), refusal.Message);
        }

        EndsOn = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (EndsOn is null && !HasError(nameof(EndsOn)))
        {
            ModelState.AddModelError(nameof(EndsOn), "Vul de datum in waarop de relatie is beëindigd.");
        }

        if (ModelState.IsValid && Relation.End(EndsOn!.Value, EndReason, LoketClaims.UserIdOf(User), time.GetUtcNow()) is { } refusal)
        {
            ModelState.AddModelError(refusal is RelationReasonMissing or RelationReasonTooLong ? nameof(EndReason) : nameof(EndsOn), refusal.Message);
        }

        if (ModelState.IsValid)
        {
            await db.SaveChangesAsync();
            TempData["Message"] = "De relatie is beëindigd.";
            return Redirect($"/beheer/relaties/{id}");
        }

        (Kind, StartDate, EndDate) = (Relation.Kind, Relation.StartDate, Relation.EndDate);
        return Page();
    }

    // A date the binder refused has its own error already; an empty one has none yet.
    private bool HasError(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    private static string FieldOf(Refusal refusal) => refusal switch
    {
        RelationReasonMissing or RelationReasonTooLong => nameof(Reason),
        RelationEndsBeforeItStarts or RelationEndedByCorrection => nameof(EndDate),
        RelationAlreadyRecorded => nameof(StartDate),
        UnknownRelative => nameof(Kind),
        _ => string.Empty,
    };

    /// <summary>The relation of this municipality (tracked, for a change) with its two people and its history; false when there is none.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Relations.FirstOrDefaultAsync(r => r.Id == id) is not { } relation)
        {
            return false;
        }

        Relation = relation;
        var pair = new[] { relation.EmployeeId, relation.RelatedEmployeeId };
        var names = await db.Employees.Where(e => pair.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name);
        (EmployeeName, RelatedName) = (names.GetValueOrDefault(relation.EmployeeId, "?"), names.GetValueOrDefault(relation.RelatedEmployeeId, "?"));
        var accounts = new[] { relation.RecordedById, relation.CorrectedById, relation.EndedById }.OfType<Guid>().Distinct().ToList();
        var by = await db.Users.Where(u => accounts.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        string? Name(Guid? account) => account is { } a ? by.GetValueOrDefault(a) : null;

        var history = new List<Step> { new("Vastgelegd", relation.RecordedAt, Name(relation.RecordedById), relation.Reason) };
        if (relation.CorrectedAt is { } corrected)
        {
            history.Add(new Step("Laatst gecorrigeerd", corrected, Name(relation.CorrectedById), relation.CorrectionReason));
        }

        if (relation.EndedAt is { } ended)
        {
            history.Add(new Step("Beëindigd", ended, Name(relation.EndedById), relation.EndReason));
        }

        History = [.. history.OrderBy(s => s.At)];
        return true;
    }
}
