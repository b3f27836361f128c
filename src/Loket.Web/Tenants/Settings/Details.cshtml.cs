using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants.Settings;

/// <summary>
/// A municipality's own administrator sets what employees and reporters see: the contact details of
/// the desk that serves it and the confidants it publishes. Only the signed-in municipality's rows
/// are reachable: the desk is found through this tenant, confidants through the tenant filter.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class DetailsModel(LoketDbContext db, TenantContext tenant, TenantSetup setup, IAuthorizationService authorization) : PageModel
{
    public sealed class ContactInput
    {
        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? VisitingAddress { get; set; }

        public string? OpeningHours { get; set; }
    }

    public sealed class ConfidantInput
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Note { get; set; }
    }

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    public ConfidantInput Confidant { get; set; } = new();

    public string TenantName => tenant.Name!;

    public string DeskName { get; private set; } = string.Empty;

    /// <summary>The other municipalities this desk serves: they see a change too, and the page says so.</summary>
    public List<string> SharedWith { get; private set; } = [];

    public List<ConfidantListing> Confidants { get; private set; } = [];

    public bool IsOperator { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var desk = await DeskAsync();
        Contact = new ContactInput { Email = desk.Email, Phone = desk.Phone, VisitingAddress = desk.VisitingAddress, OpeningHours = desk.OpeningHours };
        await LoadAsync(desk);
    }

    public async Task<IActionResult> OnPostContactAsync()
    {
        ModelState.Clear();
        var desk = await DeskAsync();
        var errors = await setup.SetContactAsync(desk, DeskContact.Of(Contact.Email, Contact.Phone, Contact.VisitingAddress, Contact.OpeningHours));
        if (errors.Count > 0)
        {
            errors.ForEach(e => ModelState.AddModelError($"Contact.{e.Field}", e.Message));
            await LoadAsync(desk);
            return Page();
        }

        Message = $"De contactgegevens van {desk.Name} zijn opgeslagen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfidantAsync()
    {
        ModelState.Clear();
        var input = new NewConfidant(Confidant.Name, Confidant.Email, Confidant.Phone, Confidant.Note);
        var errors = await input.AddToAsync(db, tenant.TenantId!.Value);
        if (errors.Count > 0)
        {
            errors.ForEach(e => ModelState.AddModelError($"Confidant.{e.Field}", e.Message));
            var desk = await DeskAsync();
            Contact = new ContactInput { Email = desk.Email, Phone = desk.Phone, VisitingAddress = desk.VisitingAddress, OpeningHours = desk.OpeningHours };
            await LoadAsync(desk);
            return Page();
        }

        Message = $"{input.Name!.Trim()} staat op de lijst van vertrouwenspersonen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        // The tenant filter: another municipality's confidant is not found, so not removed.
        if (await db.ConfidantListings.FirstOrDefaultAsync(c => c.Id == id) is not { } listed)
        {
            return NotFound();
        }

        db.ConfidantListings.Remove(listed);
        await db.SaveChangesAsync();
        Message = $"{listed.Name} staat niet meer op de lijst van vertrouwenspersonen.";
        return RedirectToPage();
    }

    private Task<Desk> DeskAsync() => db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.Desk!).SingleAsync();

    private async Task LoadAsync(Desk desk)
    {
        DeskName = desk.Name;
        SharedWith = await db.Tenants.Where(t => t.DeskId == desk.Id && t.Id != tenant.TenantId).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync();
        Confidants = await db.ConfidantListings.OrderBy(c => c.Name).ToListAsync();
        IsOperator = (await authorization.AuthorizeAsync(User, OperatorAccess.Policy)).Succeeded;
    }
}
