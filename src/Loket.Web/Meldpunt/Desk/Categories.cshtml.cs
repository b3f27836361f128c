using System.ComponentModel.DataAnnotations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

/// <summary>
/// The integrity officer adds the municipality's own case categories (issue 17.2), each under one of the
/// default ones so the annual figures still add up to the national list. Only this municipality sees
/// them (the tenant filter); a category in use is never removed, so a counted case keeps its category.
/// </summary>
[Authorize(Policy = Policies.IntegrityOfficer)]
public sealed class CategoriesModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public sealed record Row(OwnCategory Category, int Cases);

    [BindProperty]
    [Required(ErrorMessage = "Kies de categorie waaronder deze valt.")]
    public IntegrityCategory? Parent { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vul de naam van de categorie in.")]
    [StringLength(OwnCategory.MaxName, MinimumLength = 3, ErrorMessage = "Geef een naam van 3 tot 80 tekens.")]
    public string? Name { get; set; }

    public List<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim();
        if (ModelState.IsValid && (Parent is not { } parent || !Enum.IsDefined(parent)))
        {
            ModelState.AddModelError(nameof(Parent), "Kies een categorie uit de lijst.");
        }

        if (ModelState.IsValid && await db.OwnCaseCategories.AnyAsync(c => c.Parent == Parent && c.Name == name))
        {
            ModelState.AddModelError(nameof(Name), "Deze categorie bestaat al.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.OwnCaseCategories.Add(new OwnCategory { TenantId = tenant.TenantId!.Value, Parent = Parent!.Value, Name = name!, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync();
        Message = $"De categorie ‘{name}’ is toegevoegd.";
        return Redirect("/meldpunt/categorieen");
    }

    /// <summary>Only an unused category goes; one that counts a case stays, so last year's figures do not change.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var category = await db.OwnCaseCategories.FirstOrDefaultAsync(c => c.Id == id);
        if (category is null)
        {
            return NotFound();
        }

        if (await db.Reports.AnyAsync(r => r.OwnCategoryId == id))
        {
            ModelState.AddModelError(string.Empty, $"De categorie ‘{category.Name}’ is bij een dossier gebruikt en blijft daarom bestaan.");
            await LoadAsync();
            return Page();
        }

        db.OwnCaseCategories.Remove(category);
        await db.SaveChangesAsync();
        Message = $"De categorie ‘{category.Name}’ is verwijderd.";
        return Redirect("/meldpunt/categorieen");
    }

    private async Task LoadAsync()
    {
        var categories = await db.OwnCaseCategories.OrderBy(c => c.Parent).ThenBy(c => c.Name).ToListAsync();
        var ids = categories.Select(c => c.Id).ToList();
        var counts = await db.Reports.Where(r => r.OwnCategoryId != null && ids.Contains(r.OwnCategoryId.Value))
            .GroupBy(r => r.OwnCategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Rows = [.. categories.Select(c => new Row(c, counts.FirstOrDefault(x => x.Key == c.Id)?.Count ?? 0))];
    }
}
