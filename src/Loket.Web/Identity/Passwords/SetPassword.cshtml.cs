using System.ComponentModel.DataAnnotations;
using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Passwords;

/// <summary>
/// The page behind a one-time link (invitation or reset): the person sets a password that meets
/// <see cref="PasswordPolicy"/>. A used, replaced, expired or unknown link shows why in Dutch, never an
/// error. Setting it ends the link, unlocks the account and ends every session of the account elsewhere.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("login")]
public sealed class SetPasswordModel(LoketDbContext db, IPasswordHasher<UserAccount> hasher, CurrentActor actor, TimeProvider time) : PageModel
{
    public sealed class NewPassword
    {
        [Required(ErrorMessage = "Vul een wachtwoord in.")]
        public string? New { get; set; }

        [Required(ErrorMessage = "Vul het wachtwoord nog een keer in.")]
        [Compare(nameof(New), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
        public string? Repeat { get; set; }
    }

    [BindProperty]
    public NewPassword Input { get; set; } = new();

    public PasswordLinkState State { get; private set; } = PasswordLinkState.Expired;

    public bool IsInvitation { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public string TenantName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var (link, user) = await LoadAsync(token);
        if (link is null || user is null || State != PasswordLinkState.Open)
        {
            return Page();
        }

        if (ModelState.IsValid && PasswordPolicy.Refusal(Input.New!, user) is { } refusal)
        {
            ModelState.AddModelError("Input.New", refusal);
        }

        if (!ModelState.IsValid)
        {
            Input = new NewPassword();
            return Page();
        }

        var now = time.GetUtcNow();
        link.Use(now);
        user.PasswordHash = hasher.HashPassword(user, Input.New!);
        user.SecurityStamp = UserAccount.NewSecurityStamp();
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        actor.Set(user.Id, user.DisplayName);
        // The trail names the changed fields (PasswordHash, SecurityStamp), never a value.
        await db.SaveChangesAsync();
        await db.RecordEventAsync(IsInvitation ? "InvitationAccepted" : "PasswordReset", nameof(UserAccount), user.Id.ToString(), "wachtwoord ingesteld via eenmalige link", link.TenantId);
        TempData["PasswordSet"] = $"{UserName}|{TenantName}|{await db.Tenants.Where(t => t.Id == link.TenantId).Select(t => t.Slug).FirstAsync()}";
        return RedirectToPage("/Identity/Passwords/PasswordSet");
    }

    private async Task<(PasswordLink? Link, UserAccount? User)> LoadAsync(string token)
    {
        var hash = PasswordLink.Hash(token ?? string.Empty);
        var link = await db.PasswordLinks.FirstOrDefaultAsync(l => l.TokenHash == hash);
        if (link is null)
        {
            return (null, null);
        }

        State = link.StateAt(time.GetUtcNow());
        IsInvitation = link.Purpose == PasswordLinkPurpose.Invitation;
        var user = await db.Users.FirstAsync(u => u.Id == link.UserId);
        UserName = user.UserName;
        TenantName = await db.Tenants.Where(t => t.Id == link.TenantId).Select(t => t.Name).FirstAsync();
        return (link, user);
    }
}
