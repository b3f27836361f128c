using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Accounts;

/// <summary>
/// Change one membership's roles. Memberships of other municipalities answer 404 (the tenant filter).
/// Taking roles away works at once; granting a sensitive one waits for a second person (<see cref="MembershipChange"/>).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UserRolesModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string UserName { get; private set; } = string.Empty;

    public Guid Id { get; private set; }

    public Guid? EmployeeId { get; private set; }

    /// <summary>An invited account that has not set its password yet: the page offers to send the invitation again.</summary>
    public bool AwaitsPassword { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string TenantName => tenant.Name!;

    public Role Current { get; private set; }

    /// <summary>A change of this membership that waits for approval, if any.</summary>
    public MembershipChange? Pending { get; private set; }

    [BindProperty(Name = "Input.RoleNames")]
    public List<string> RoleNames { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var membership = await LoadAsync(id);
        if (membership is null)
        {
            return NotFound();
        }

        Current = membership.Roles;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var membership = await LoadAsync(id);
        if (membership is null)
        {
            return NotFound();
        }

        var roles = RoleChoices.Parse(RoleNames);
        var change = membership.ChangeRoles(roles, LoketClaims.UserIdOf(User)!.Value, Pending, time.GetUtcNow());
        if (change.Refusal is { } refusal)
        {
            ModelState.AddModelError("Input.Roles", refusal.Message);
            Current = roles;
            return Page();
        }

        if (change.Value is { } waiting)
        {
            db.MembershipChanges.Add(waiting);
            await db.SaveChangesAsync();
            TempData[nameof(UsersModel.Message)] = $"De nieuwe rollen van {DisplayName} wachten op goedkeuring door een andere beheerder of een integriteitscoördinator.";
            return RedirectToPage("/Identity/Accounts/Users");
        }

        await db.SaveChangesAsync();
        TempData[nameof(UsersModel.Message)] = $"De rollen van {DisplayName} zijn opgeslagen.";
        return RedirectToPage("/Identity/Accounts/Users");
    }

    private async Task<Membership?> LoadAsync(Guid id)
    {
        var membership = await db.Memberships.Include(m => m.User).FirstOrDefaultAsync(m => m.Id == id);
        if (membership is not null)
        {
            (Id, EmployeeId) = (membership.Id, membership.EmployeeId);
            (DisplayName, UserName) = (membership.User!.DisplayName, membership.User.UserName);
            AwaitsPassword = membership.User.PasswordHash is null && membership.User.Email is not null;
            Pending = await db.MembershipChanges.FirstOrDefaultAsync(c => c.MembershipId == membership.Id && c.DecidedAt == null);
        }

        return membership;
    }
}
