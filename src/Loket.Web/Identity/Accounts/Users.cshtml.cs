using System.ComponentModel.DataAnnotations;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Accounts;

/// <summary>Who may do what in this municipality: list memberships, add a user (local password or SSO-only).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(LoketDbContext db, TenantContext tenant, IPasswordHasher<UserAccount> hasher, TimeProvider time) : PageModel
{
    public sealed class NewUser
    {
        [Required(ErrorMessage = "Vul een gebruikersnaam in.")]
        [RegularExpression(@"^[a-zA-Z0-9.@_\-]{3,128}$", ErrorMessage = "Een gebruikersnaam heeft 3 tot 128 tekens: letters, cijfers, punt, @, liggend streepje of streepje.")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "Vul de naam in.")]
        [StringLength(200, ErrorMessage = "Een naam is hoogstens 200 tekens.")]
        public string? DisplayName { get; set; }

        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")]
        [StringLength(200)]
        public string? Email { get; set; }

        [StringLength(32)]
        public string? EmployeeNumber { get; set; }

        [StringLength(256, MinimumLength = 12, ErrorMessage = "Een wachtwoord heeft minstens 12 tekens.")]
        public string? Password { get; set; }

        public List<string> RoleNames { get; set; } = [];

        public Role Roles => RoleChoices.Parse(RoleNames);
    }

    public sealed record Row(Guid MembershipId, string DisplayName, string UserName, string? EmployeeNumber, Role Roles, bool HasPassword, bool HasSso);

    [BindProperty]
    public NewUser Input { get; set; } = new();

    public string TenantName => tenant.Name!;

    public List<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Roles == Role.None)
        {
            ModelState.AddModelError("Input.Roles", "Kies minstens één rol.");
        }

        if (Input.Password is null && Input.Email is null)
        {
            ModelState.AddModelError("Input.Email", "Vul een e-mailadres in (voor inloggen via de organisatie) of een beginwachtwoord.");
        }

        Guid? employeeId = null;
        if (!string.IsNullOrWhiteSpace(Input.EmployeeNumber))
        {
            employeeId = await db.Employees.Where(e => e.EmployeeNumber == Input.EmployeeNumber.Trim()).Select(e => (Guid?)e.Id).FirstOrDefaultAsync();
            if (employeeId is null)
            {
                ModelState.AddModelError("Input.EmployeeNumber", "Er is geen medewerker met dit personeelsnummer.");
            }
        }

        var userName = Input.UserName?.Trim().ToLowerInvariant() ?? string.Empty;
        if (await db.Users.AnyAsync(u => u.UserName == userName))
        {
            ModelState.AddModelError("Input.UserName", "Deze gebruikersnaam is al in gebruik. Kies een andere.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var user = new UserAccount { UserName = userName, DisplayName = Input.DisplayName!.Trim(), Email = Input.Email?.Trim().ToLowerInvariant() };
        if (Input.Password is not null)
        {
            user.PasswordHash = hasher.HashPassword(user, Input.Password);
        }

        // What needs no second person applies now; sensitive roles and the link to a person wait for approval.
        var (membership, waiting) = Membership.Open(tenant.TenantId!.Value, Input.Roles, employeeId, LoketClaims.UserIdOf(User)!.Value, time.GetUtcNow());
        user.Memberships.Add(membership);
        db.Users.Add(user);
        var waits = waiting is not null;
        if (waiting is not null)
        {
            db.MembershipChanges.Add(waiting);
        }

        await db.SaveChangesAsync();
        var sensitive = RoleChoices.All.Where(r => (Input.Roles & MembershipChange.Sensitive).HasFlag(r)).Select(r => Shared.Navigation.Dutch(r).ToLowerInvariant()).ToList();
        var parts = new List<string>();
        if (sensitive.Count > 0)
        {
            parts.Add($"de rol{(sensitive.Count > 1 ? "len" : "")} {string.Join(", ", sensitive)}");
        }

        if (employeeId is not null)
        {
            parts.Add("de koppeling aan de medewerker");
        }

        Message = waits
            ? $"{user.DisplayName} is toegevoegd. Wacht op goedkeuring door een andere beheerder of een integriteitscoördinator: {string.Join(" en ", parts)}."
            : $"{user.DisplayName} is toegevoegd.";
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Rows = await db.Memberships.OrderBy(m => m.User!.DisplayName)
            .Select(m => new Row(m.Id, m.User!.DisplayName, m.User.UserName, m.Employee!.EmployeeNumber, m.Roles, m.User.PasswordHash != null, m.User.ExternalLogins.Any() || (m.User.PasswordHash == null && m.User.Email != null)))
            .ToListAsync();
}
