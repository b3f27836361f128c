using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// A confidant hands over the year's figures of their own contacts ("Cijfers overdragen"): counts without
/// names, frozen at that moment, for the coordinator's annual report (<see cref="ContactContribution"/>).
/// </summary>
[Authorize(Policy = Policies.Confidant)]
public sealed class HandoverModel(LoketDbContext db, ReportChain chain, TimeProvider time) : PageModel
{
    public sealed record Handed(int Year, DateTimeOffset At, int Total);

    [BindProperty]
    public int? Year { get; set; }

    public List<Handed> Contributions { get; private set; } = [];

    public IReadOnlyList<int> Years => [.. Enumerable.Range(time.Today().Year - 2, 3).Reverse()];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Year is not { } year || !Years.Contains(year))
        {
            ModelState.AddModelError(nameof(Year), "Kies het jaar waarover je je cijfers overdraagt.");
        }
        else if (await chain.HandAsync(year, LoketClaims.UserIdOf(User)!.Value) is { } refusal)
        {
            ModelState.AddModelError(nameof(Year), refusal.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        Message = $"Je cijfers over {Year} zijn overgedragen aan de integriteitscoördinator.";
        return Redirect("/vertrouwenspersoon/overdragen");
    }

    private async Task LoadAsync()
    {
        var me = LoketClaims.UserIdOf(User);
        Contributions = await db.ContactContributions.Where(c => c.ConfidantUserId == me).OrderByDescending(c => c.Year)
            .Select(c => new Handed(c.Year, c.HandedAt, c.Total)).ToListAsync();
    }
}
