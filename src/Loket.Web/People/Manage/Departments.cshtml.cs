using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Manage;

/// <summary>
/// The units of the organisation and their stricter gift rule ('s-Hertogenbosch 3.1 rule 8: "Zo zijn er
/// afdelingen waar is afgesproken dat er helemaal geen geschenken worden aangenomen."). A unit's rule
/// holds for the units below it; the declaration form then judges every gift Rood and says why.
/// </summary>
[Authorize(Policy = Policies.DepartmentRules)]
public sealed class DepartmentsModel(LoketDbContext db, TenantContext tenant) : PageModel
{
    public sealed record Row(Guid Id, string Code, string Name, string? Parent, bool NoGiftsAtAll, string? Wording, int Employees);

    public string TenantName => tenant.Name!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The unit whose form failed, so its typed wording is shown again with the error.</summary>
    public Guid? FailedId { get; private set; }

    public string? FailedWording { get; private set; }

    public bool FailedNoGifts { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid id, bool noGiftsAtAll, string? wording)
    {
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        wording = string.IsNullOrWhiteSpace(wording) ? null : wording.Trim();
        if (wording?.Length > 300)
        {
            ModelState.AddModelError($"wording-{id:N}", "De afspraak is hoogstens 300 tekens; verwijs voor de rest naar het afdelingsoverleg.");
            (FailedId, FailedWording, FailedNoGifts) = (id, wording, noGiftsAtAll);
            await LoadAsync();
            return Page();
        }

        unit.NoGiftsAtAll = noGiftsAtAll;
        unit.GiftRuleWording = wording;
        await db.SaveChangesAsync();
        TempData["Message"] = noGiftsAtAll
            ? $"{unit.Name} neemt geen geschenken meer aan; dat geldt ook voor de eenheden eronder."
            : $"{unit.Name} volgt weer de gedragscode voor geschenken.";
        return Redirect("/beheer/afdelingen");
    }

    private async Task LoadAsync() =>
        Rows = await db.OrgUnits.OrderBy(u => u.Name)
            .Select(u => new Row(u.Id, u.Code, u.Name, u.Parent!.Name, u.NoGiftsAtAll, u.GiftRuleWording, db.Employees.Count(e => e.OrgUnitId == u.Id)))
            .ToListAsync();
}
