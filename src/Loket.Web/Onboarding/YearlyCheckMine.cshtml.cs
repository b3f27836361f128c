using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>
/// The yearly check for an employee: their running side activities, financial interests and relationships on
/// one page, a link to change each or add one, and the confirmation that the list is complete for this year.
/// </summary>
[Authorize(Policy = Policies.Employee)]
public sealed class YearlyCheckMineModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public static readonly DeclarationType[] Checked = [DeclarationType.SideActivity, DeclarationType.FinancialInterest, DeclarationType.Relationship];

    public sealed record Standing(Guid Id, DeclarationType Type, string Subject, DateOnly? Since, DeclarationStatus Status);

    [BindProperty]
    public bool Complete { get; set; }

    public int Year { get; private set; }

    public YearlyCheck? Done { get; private set; }

    public IReadOnlyList<Standing> Declarations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } me)
        {
            return NotFound();
        }

        if (Done is not null)
        {
            return Redirect("/mijn/jaarlijkse-check");
        }

        if (!Complete)
        {
            ModelState.AddModelError(nameof(Complete), "Vink aan dat je opgaven volledig zijn, of geef eerst door wat er veranderd is.");
            return Page();
        }

        // Opgaven made since 1 January, Dutch time: what the person changed this year before confirming.
        var yearStart = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateTime(Year, 1, 1), DutchTime.Zone), TimeSpan.Zero);
        var changes = await db.Declarations.CountAsync(d => d.EmployeeId == me && Checked.Contains(d.Type) && d.SubmittedAt >= yearStart);
        db.YearlyChecks.Add(YearlyCheck.Confirm(LoketClaims.TenantOf(User)!.Value, me, Year, changes, time.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Message"] = $"Dank je wel: je jaarlijkse check over {Year} is gedaan.";
        return Redirect("/mijn/jaarlijkse-check");
    }

    private async Task<Guid?> LoadAsync()
    {
        var today = time.Today();
        Year = today.Year;
        if (LoketClaims.EmployeeOf(User) is not { } me)
        {
            return null;
        }

        Done = await db.YearlyChecks.FirstOrDefaultAsync(c => c.EmployeeId == me && c.Year == Year);
        Declarations = await db.Declarations
            .Where(d => d.EmployeeId == me && Checked.Contains(d.Type) && d.Status != DeclarationStatus.Refused && (d.EndDate == null || d.EndDate >= today))
            .OrderBy(d => d.Type).ThenBy(d => d.SubmittedAt)
            .Select(d => new Standing(d.Id, d.Type, d.Subject, d.StartDate, d.Status))
            .ToListAsync();
        return me;
    }
}
