using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

/// <summary>Switch the optional TOTP second step on or off for one's own local account.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class AccountModel(LoketDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewSecret { get; set; }

    public bool HasPassword { get; private set; }

    public bool TotpEnabled { get; private set; }

    public string? ProvisioningUri { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => Load(await CurrentUserAsync());

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentUserAsync();
        if (user.PasswordHash is null || user.TotpEnabled)
        {
            return RedirectToPage();
        }

        // The secret comes back from the page; one changed by hand is refused, never decoded.
        if (!Totp.IsWellFormed(NewSecret))
        {
            ModelState.AddModelError(nameof(Code), "Deze sleutel is ongeldig. Voeg de nieuwe sleutel hieronder toe in je authenticator-app en vul de code in.");
            Load(user);
            return Page();
        }

        if (!Totp.IsValid(NewSecret!, Code ?? string.Empty, time))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer of de sleutel goed is overgenomen en gebruik de nieuwste code.");
            Load(user, NewSecret);
            return Page();
        }

        user.TotpSecret = NewSecret!;
        user.TotpEnabled = true;
        await db.SaveChangesAsync();
        Message = "Inloggen in twee stappen staat aan.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentUserAsync();
        if (!user.TotpEnabled || user.TotpSecret is null || !Totp.IsValid(user.TotpSecret, Code ?? string.Empty, time))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet.");
            Load(user);
            return Page();
        }

        user.TotpEnabled = false;
        user.TotpSecret = null;
        await db.SaveChangesAsync();
        Message = "Inloggen in twee stappen staat uit.";
        return RedirectToPage();
    }

    private async Task<UserAccount> CurrentUserAsync()
    {
        var userId = LoketClaims.UserIdOf(User);
        return await db.Users.FirstAsync(u => u.Id == userId);
    }

    private void Load(UserAccount user, string? secret = null)
    {
        HasPassword = user.PasswordHash is not null;
        TotpEnabled = user.TotpEnabled;
        if (!TotpEnabled)
        {
            NewSecret = secret ?? Totp.NewSecret();
            ProvisioningUri = Totp.ProvisioningUri(NewSecret, user.UserName);
        }
    }
}
