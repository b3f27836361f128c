using System.ComponentModel.DataAnnotations;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity;

/// <summary>
/// One's own account: change the password, and the TOTP second step. For a privileged role the second
/// step is required (<see cref="SecondFactorRequired"/>): this page is where such a session is held until
/// it is set up or its code entered, and it cannot be switched off. Every change of a credential gives
/// the account a new security stamp, which ends the person's other sessions.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting("login")]
public sealed class AccountModel(LoketDbContext db, LocalLogin login, IPasswordHasher<UserAccount> hasher, IConfiguration configuration, TimeProvider time) : PageModel
{
    public sealed class PasswordChange
    {
        [Required(ErrorMessage = "Vul je huidige wachtwoord in.")]
        [StringLength(PasswordPolicy.MaxLength, ErrorMessage = "Een wachtwoord is hoogstens 256 tekens.")]
        public string? Current { get; set; }

        [Required(ErrorMessage = "Vul een nieuw wachtwoord in.")]
        public string? New { get; set; }

        [Required(ErrorMessage = "Vul het nieuwe wachtwoord nog een keer in.")]
        [Compare(nameof(New), ErrorMessage = "De twee nieuwe wachtwoorden zijn niet gelijk.")]
        public string? Repeat { get; set; }
    }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewSecret { get; set; }

    /// <summary>Bound by the password form's own handler only, so the other forms are not validated against it.</summary>
    public PasswordChange Password { get; set; } = new();

    public bool HasPassword { get; private set; }

    public bool TotpEnabled { get; private set; }

    public string? ProvisioningUri { get; private set; }

    /// <summary>"setup" or "code" while a privileged role waits for its second factor in this session; otherwise null.</summary>
    public string? SecondFactorMissing => User.FindFirst(LoketClaims.SecondFactorMissing)?.Value;

    /// <summary>A privileged role needs the second step: it cannot be switched off (demo accounts in demo mode excepted).</summary>
    public bool SecondFactorRequiredByRole { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => Load(await CurrentUserAsync());

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentUserAsync();
        if (user.TotpEnabled)
        {
            return RedirectToPage();
        }

        // The key comes back from the page's hidden field: anything else (tampered, cut off) is refused, not a crash.
        if (!Totp.IsValidSecret(NewSecret))
        {
            ModelState.AddModelError(nameof(Code), "De sleutel op deze pagina is niet meer geldig. Voeg de nieuwe sleutel hieronder toe in je app en vul de code in.");
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
        user.SecurityStamp = UserAccount.NewSecurityStamp();
        await db.SaveChangesAsync();
        // The code just entered proves the factor: this session has it now; other sessions end.
        await SessionRenewal.RenewAsync(HttpContext, user, SecondFactorRequired.Totp);
        Message = "Inloggen in twee stappen staat aan. Je bent op je andere apparaten uitgelogd.";
        return RedirectToPage();
    }

    /// <summary>A session that signed in without the second factor (an identity provider that did not ask for one) enters the code here.</summary>
    public async Task<IActionResult> OnPostVerifyAsync()
    {
        var user = await CurrentUserAsync();
        var result = await login.CheckCodeAsync(user.Id, Code ?? string.Empty, HttpContext.RequestAborted);
        if (result.Outcome != LoginOutcome.Success)
        {
            ModelState.AddModelError(nameof(Code), result.Outcome == LoginOutcome.LockedOut
                ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw."
                : "Deze code klopt niet. Gebruik de nieuwste code uit je app.");
            Load(user);
            return Page();
        }

        await SessionRenewal.RenewAsync(HttpContext, user, SecondFactorRequired.Totp);
        return LocalRedirect("/mijn");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentUserAsync();
        Load(user);
        if (SecondFactorRequiredByRole)
        {
            ModelState.AddModelError(nameof(Code), "Met jouw rol is inloggen in twee stappen verplicht; uitzetten kan niet.");
            return Page();
        }

        if (!user.TotpEnabled || user.TotpSecret is null || !Totp.IsValid(user.TotpSecret, Code ?? string.Empty, time))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet.");
            return Page();
        }

        user.TotpEnabled = false;
        user.TotpSecret = null;
        user.SecurityStamp = UserAccount.NewSecurityStamp();
        await db.SaveChangesAsync();
        await SessionRenewal.RenewAsync(HttpContext, user, secondFactor: null);
        Message = "Inloggen in twee stappen staat uit.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(PasswordChange password)
    {
        Password = password;
        var user = await CurrentUserAsync();
        if (user.PasswordHash is null)
        {
            return RedirectToPage();
        }

        if (ModelState.IsValid && hasher.VerifyHashedPassword(user, user.PasswordHash, Password.Current!) == PasswordVerificationResult.Failed)
        {
            ModelState.AddModelError("Password.Current", "Je huidige wachtwoord klopt niet.");
        }

        if (ModelState.IsValid && PasswordPolicy.Refusal(Password.New!, user) is { } refusal)
        {
            ModelState.AddModelError("Password.New", refusal);
        }

        if (ModelState.IsValid && Password.New == Password.Current)
        {
            ModelState.AddModelError("Password.New", "Kies een ander wachtwoord dan je huidige.");
        }

        if (!ModelState.IsValid)
        {
            Password = new PasswordChange();
            Load(user);
            return Page();
        }

        user.PasswordHash = hasher.HashPassword(user, Password.New!);
        user.SecurityStamp = UserAccount.NewSecurityStamp();
        // The trail names the changed fields (PasswordHash, SecurityStamp), never a value.
        await db.SaveChangesAsync();
        await SessionRenewal.RenewAsync(HttpContext, user, User.FindFirst(LoketClaims.SecondFactor)?.Value);
        Message = "Je wachtwoord is gewijzigd. Je bent op je andere apparaten uitgelogd.";
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
        var roles = RolesOf(User);
        SecondFactorRequiredByRole = SecondFactorRequired.Applies(roles, hasSecondFactor: false, demoExempt: user.IsDemo && configuration.GetValue<bool>("Demo:Enabled"));
        if (!TotpEnabled)
        {
            NewSecret = secret ?? Totp.NewSecret();
            ProvisioningUri = Totp.ProvisioningUri(NewSecret, user.UserName);
        }
    }

    private static Role RolesOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindAll(LoketClaims.Role).Aggregate(Role.None, (all, c) => Enum.TryParse<Role>(c.Value, out var role) ? all | role : all);
}
