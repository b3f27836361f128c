using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Tenants.Manage;

/// <summary>A new reporting desk, by the installation operator; the same rules as `loket desk create`.</summary>
[Authorize(Policy = OperatorAccess.Policy)]
public sealed class NewDeskModel() : PageModel
{
    public sealed class DeskInput
    {
        public string? Slug { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? VisitingAddress { get; set; }

        public string? OpeningHours { get; set; }
    }

    [BindProperty]
    public DeskInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var contact = DeskContact.Of(Input.Email, Input.Phone, Input.VisitingAddress, Input.OpeningHours);
        await using var scope = InstallationScope.Create(HttpContext, User);
        var setup = scope.ServiceProvider.GetRequiredService<TenantSetup>();
        var (desk, errors) = await setup.CreateDeskAsync(new NewDesk(Input.Slug?.Trim(), Input.Name, contact));
        if (desk is null)
        {
            errors.ForEach(e => ModelState.AddModelError($"Input.{e.Field}", e.Message));
            return Page();
        }

        Message = $"Meldpunt {desk.Name} is aangemaakt.";
        return Redirect("/installatie");
    }
}
