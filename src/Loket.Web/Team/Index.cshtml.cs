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

    /// <summary>A colleague who can be chosen; the list says who cannot sign in, so nobody is surprised by the refusal.</summary>
    public sealed record Candidate(Guid Id, string Name, bool HasAccount)
    {
        public string Label => HasAccount ? Name : $"{Name} (geen account)";
    }

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

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var chosen = await db.Employees.FirstOrDefaultAsync(e => e.Id == Input.SubstituteId);
        var planned = await db.Substitutions.Where(s => s.ManagerId == me).ToListAsync();
        var hasAccount = chosen is not null && await db.Memberships.AnyAsync(m => m.EmployeeId == chosen.Id);
        var plan = Substitution.Plan(me, chosen, hasAccount, Input.From!.Value, Input.Until!.Value, time.Today(), planned);
        if (plan.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal switch
            {
                OwnSubstitute or UnknownSubstitute or SubstituteWithoutAccount or SubstituteLeaves => "Input.SubstituteId",
                OverlapsAnother => "Input.From",
                _ => "Input.Until",
            }, refusal.Message);
            await LoadAsync();
            return Page();
        }

        db.Substitutions.Add(plan.Value!);
        await db.SaveChangesAsync();
        Message = $"{chosen!.Name} vervangt je van {DutchTime.LongDate(Input.From.Value)} tot en met {DutchTime.LongDate(Input.Until.Value)}.";
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
            .OrderBy(e => e.Name).Select(e => new Candidate(e.Id, e.Name, db.Memberships.Any(m => m.EmployeeId == e.Id))).ToListAsync();
        Members = await db.Employees.Where(e => e.ManagerId == me && (e.EndDate == null || e.EndDate >= today))
            .OrderBy(e => e.Name).Select(e => new Member(e.Name, e.JobFunction!.Name)).ToListAsync();
        StandingInFor = await db.Substitutions.Where(s => s.SubstituteId == me && s.Until >= today)
            .OrderBy(s => s.From).Select(s => new Period(s.Id, s.Manager!.Name, s.From, s.Until)).ToListAsync();
        Substitutes = await db.Substitutions.Where(s => s.ManagerId == me && s.Until >= today)
            .OrderBy(s => s.From).Select(s => new Period(s.Id, s.Substitute!.Name, s.From, s.Until)).ToListAsync();
    }
}
