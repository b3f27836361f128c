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
/// The register of relations between employees, kept by HR and the integrity officer: every relation of
/// the municipality (or one employee's), recorded by picking two colleagues by name, and ended with a
/// reason. Sensitive: only these two roles see it; every change is in the audit trail (the context's save).
/// </summary>
[Authorize(Policy = Policies.Relations)]
public sealed class RegisterModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Employee, string Related, RelationKind Kind, DateOnly Start, DateOnly? End, RelationSource Source, string? Reason, string? EndReason);

    [BindProperty]
    public Guid? EmployeeId { get; set; }

    [BindProperty]
    public Guid? RelatedEmployeeId { get; set; }

    [BindProperty]
    public RelationKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>One employee's relations only (?medewerker=id), from the people list.</summary>
    public Guid? Of { get; private set; }

    public async Task OnGetAsync(Guid? medewerker) => await LoadAsync(medewerker);

    public async Task<IActionResult> OnPostAsync()
    {
        var pair = new[] { EmployeeId ?? Guid.Empty, RelatedEmployeeId ?? Guid.Empty };
        var people = await db.Employees.Where(e => pair.Contains(e.Id)).ToListAsync();
        var known = await db.Relations.Where(r => pair.Contains(r.EmployeeId) && pair.Contains(r.RelatedEmployeeId)).ToListAsync();
        var source = User.HasClaim(LoketClaims.Role, nameof(Role.HrAdviser)) ? RelationSource.Hr : RelationSource.Officer;
        var origin = new RelationOrigin(source, LoketClaims.UserIdOf(User), time.GetUtcNow(), Reason);
        var recorded = StartDate is { } start
            ? Relation.Record(db.CurrentTenantId!.Value, people.Find(e => e.Id == pair[0]), people.Find(e => e.Id == pair[1]), Kind ?? (RelationKind)(-1), start, origin, known)
            : new Outcome<Relation>();
        if (StartDate is null)
        {
            ModelState.AddModelError(nameof(StartDate), "Vul de begindatum van de relatie in.");
        }
        else if (recorded.Value is not { } relation)
        {
            ModelState.AddModelError(recorded.Refusal is RelationWithOneself or RelationAlreadyRecorded ? nameof(RelatedEmployeeId) : string.Empty, recorded.Refusal!.Message);
        }
        else
        {
            db.Relations.Add(relation);
            await db.SaveChangesAsync();
            TempData["Message"] = "De relatie staat in het register.";
            return Redirect("/beheer/relaties");
        }

        await LoadAsync(null);
        return Page();
    }

    private async Task LoadAsync(Guid? of)
    {
        Of = of;
        StartDate ??= time.Today();
        var relations = db.Relations.Where(r => of == null || r.EmployeeId == of || r.RelatedEmployeeId == of);
        Rows = await (from r in relations
                      join a in db.Employees on r.EmployeeId equals a.Id
                      join b in db.Employees on r.RelatedEmployeeId equals b.Id
                      orderby a.Name, r.StartDate
                      select new Row(r.Id, a.Name, b.Name, r.Kind, r.StartDate, r.EndDate, r.Source, r.Reason, r.EndReason)).ToListAsync();
    }
}
