using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>
/// The oath formulas the municipality uses, each with its source in the bijlage of the Uitvoeringsbesluit
/// Ambtenarenwet 2017; a code that prints its own formula ('s-Hertogenbosch 1.3) shows it here as well.
/// </summary>
[Authorize(Policy = Policies.Onboarding)]
public sealed class FormulasModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    public CodeOnboarding Code { get; private set; } = null!;

    public IReadOnlyList<OathFormula> Formulas { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = OathFormula.Register(tenant.TenantId!.Value, Title, Text, Source, LoketClaims.UserIdOf(User), time.GetUtcNow());
        if (outcome.Refusal is { } refusal)
        {
            var field = refusal switch
            {
                FormulaWithoutSource => nameof(Source),
                Missing when string.IsNullOrWhiteSpace(Title) => nameof(Title),
                _ => nameof(Text),
            };
            ModelState.AddModelError(field, refusal.Message);
            await LoadAsync();
            return Page();
        }

        db.OathFormulas.Add(outcome.Value!);
        await db.SaveChangesAsync();
        TempData["Message"] = $"De formule ‘{outcome.Value!.Title}’ is vastgelegd.";
        return Redirect("/indiensttreding/formules");
    }

    private async Task LoadAsync()
    {
        Code = await Checklists.CodeAsync(db, tenant.TenantId!.Value);
        Formulas = await db.OathFormulas.OrderBy(f => f.Title).ToListAsync();
    }
}
