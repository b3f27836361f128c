using System.ComponentModel.DataAnnotations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Loket.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Team;

/// <summary>
/// A manager's team, and the substitutions that concern her: whom she stands in for, who stands in
/// for her. She arranges her own cover here; declarations then go to the substitute in that period.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed class NewSubstitution
    {
        [Required(ErrorMessage = "Kies een vervanger.")]
        public Guid? SubstituteId { get; set; }

        [Required(ErrorMessage = "Vul de eerste dag in.")]
        public DateOnly? From { get; set; }

        [Required(ErrorMessage = "Vul de laatste dag in.")]
        public DateOnly? Until { get; set; }
    }

    public sealed record Candidate(Guid Id, string Name);

    [BindProperty]
    public NewSubstitution Input { get; set; } = new();

    public List<Candidate> Candidates { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public sealed record Member(string Name, string? Function);

    public sealed record Period(Guid Id, string Name, DateOnly From, DateOnly Until);

    public List<Member> Members { get; private set; } = [];

    public List<Period> StandingInFor { get; private set; } = [];

    public List<Period> Substitutes { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return Forbid();
        }

        var today = time.Today();
        if (Input.SubstituteId == me)
        {
            ModelState.AddModelError("Input.SubstituteId", "Je kunt jezelf niet als vervanger kiezen.");
        }
        else if (Input.SubstituteId is { } id && !await db.Employees.AnyAsync(e => e.Id == id && (e.EndDate == null || e.EndDate >= today)))
        {
            ModelState.AddModelError("Input.SubstituteId", "Kies een vervanger uit de lijst.");
        }

        if (Input.From is { } from && Input.Until is { } until)
        {
            if (until < from)
            {
                ModelState.AddModelError("Input.Until", "De laatste dag ligt voor de eerste dag.");
            }
            else if (until < today)
            {
                ModelState.AddModelError("Input.Until", "Deze periode ligt helemaal in het verleden.");
            }
            else if (until.DayNumber - from.DayNumber > 366)
            {
                ModelState.AddModelError("Input.Until", "Een vervanging duurt hoogstens een jaar; stel daarna een nieuwe in.");
            }
            else if (await db.Substitutions.AnyAsync(s => s.ManagerId == me && s.From <= until && from <= s.Until))
            {
                ModelState.AddModelError("Input.From", "Deze periode overlapt met een vervanging die je al hebt ingesteld.");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.Substitutions.Add(new Substitution { ManagerId = me, SubstituteId = Input.SubstituteId!.Value, From = Input.From!.Value, Until = Input.Until!.Value });
        await db.SaveChangesAsync();
        var substitute = await db.Employees.Where(e => e.Id == Input.SubstituteId).Select(e => e.Name).SingleAsync();
        Message = $"{substitute} vervangt je van {DutchTime.LongDate(Input.From.Value)} tot en met {DutchTime.LongDate(Input.Until.Value)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var me = LoketClaims.EmployeeOf(User);
        var substitution = await db.Substitutions.FirstOrDefaultAsync(s => s.Id == id && s.ManagerId == me);
        if (substitution is null)
        {
            return NotFound();
        }

        db.Substitutions.Remove(substitution);
        await db.SaveChangesAsync();
        Message = "De vervanging is verwijderd.";
        return RedirectToPage();
    }


    private async Task LoadAsync()
    {
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return;
        }

        var today = time.Today();
        Candidates = await db.Employees.Where(e => e.Id != me && (e.EndDate == null || e.EndDate >= today))
            .OrderBy(e => e.Name).Select(e => new Candidate(e.Id, e.Name)).ToListAsync();
        Members = await db.Employees.Where(e => e.ManagerId == me && (e.EndDate == null || e.EndDate >= today))
            .OrderBy(e => e.Name).Select(e => new Member(e.Name, e.JobFunction!.Name)).ToListAsync();
        StandingInFor = await db.Substitutions.Where(s => s.SubstituteId == me && s.Until >= today)
            .OrderBy(s => s.From).Select(s => new Period(s.Id, s.Manager!.Name, s.From, s.Until)).ToListAsync();
        Substitutes = await db.Substitutions.Where(s => s.ManagerId == me && s.Until >= today)
            .OrderBy(s => s.From).Select(s => new Period(s.Id, s.Substitute!.Name, s.From, s.Until)).ToListAsync();
    }
}
