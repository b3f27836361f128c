using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>
/// A new person's own checklist: what is asked of them and by when, the statement to read and sign with the
/// municipality's own text (before the first working day), and the receipt of the code to confirm. What HR
/// records (oath, VOG, training) shows as done or still to come.
/// </summary>
[Authorize(Policy = Policies.Employee)]
public sealed class MineModel(LoketDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public bool Agree { get; set; }

    public Checklist? Checklist { get; private set; }

    public CodeOnboarding Code { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetStatementPdfAsync([FromServices] Infrastructure.Tenancy.TenantContext tenant) =>
        await LoadAsync() is not null && Checklist?.Statement is { } statement
            ? File(OnboardingDocuments.Statement(statement, tenant.Name!), "application/pdf", "verklaring.pdf")
            : NotFound();

    public async Task<IActionResult> OnPostSignAsync()
    {
        if (await LoadAsync() is not { } me || Checklist is null || Code.Statement is not { } text)
        {
            return NotFound();
        }

        if (!Agree)
        {
            ModelState.AddModelError(nameof(Agree), "Vink aan dat je de verklaring hebt gelezen en ermee instemt; anders is zij niet ondertekend.");
            return Page();
        }

        return await SaveOrShowAsync(Checklist.Sign(text, me.Id, me.Name, time.GetUtcNow(), Today), nameof(Agree), "Je hebt de verklaring ondertekend. Dank je wel.");
    }

    public async Task<IActionResult> OnPostReceiptAsync()
    {
        if (await LoadAsync() is not { } me || Checklist is null)
        {
            return NotFound();
        }

        return await SaveOrShowAsync(Checklist.ConfirmCodeReceipt(me.Id, me.Name, Today), string.Empty, "Je hebt bevestigd dat je de gedragscode hebt ontvangen.");
    }

    private async Task<IActionResult> SaveOrShowAsync(Infrastructure.Domain.Refusal? refusal, string field, string message)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(field, refusal.Message);
            return Page();
        }

        await db.SaveChangesAsync();
        TempData["Message"] = message;
        return Redirect("/mijn/indiensttreding");
    }

    /// <summary>The signed-in person and their checklist in this municipality; a login without a person has neither.</summary>
    private async Task<(Guid Id, string Name)?> LoadAsync()
    {
        Today = time.Today();
        Code = await Checklists.CodeAsync(db, LoketClaims.TenantOf(User)!.Value);
        if (LoketClaims.EmployeeOf(User) is not { } employeeId
            || await db.Employees.Where(e => e.Id == employeeId).Select(e => e.Name).FirstOrDefaultAsync() is not { } name)
        {
            return null;
        }

        Checklist = await Checklists.OfAsync(db, employeeId);
        return (employeeId, name);
    }
}
