using System.ComponentModel.DataAnnotations;
using Loket.Web.Identity.Accounts;
using Loket.Web.Identity.Passwords;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Invitations;

/// <summary>
/// An administrator invites a person by e-mail: the account is made without a password, and the mail
/// carries a one-time link to set one (or says to sign in through the municipality's own provider).
/// Linked to an employee when opened from one (<c>?medewerker=</c>); that link waits for a second
/// person, as every link to a person does (<see cref="Membership.Open"/>).
/// </summary>
[Authorize(Policy = Policies.Admin)]
[EnableRateLimiting("login")]
public sealed class InviteModel(LoketDbContext db, TenantContext tenant, PasswordMail mail, TimeProvider time, ILogger<InviteModel> logger) : PageModel
{
    public sealed class Invitation
    {
        public Guid? EmployeeId { get; set; }

        [Required(ErrorMessage = "Vul de naam in.")]
        [StringLength(200, ErrorMessage = "Een naam is hoogstens 200 tekens.")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Vul het e-mailadres in; daar gaat de uitnodiging heen.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")]
        [StringLength(200, ErrorMessage = "Een e-mailadres is hoogstens 200 tekens.")]
        public string? Email { get; set; }

        [RegularExpression(@"^[a-zA-Z0-9.@_\-]{3,128}$", ErrorMessage = "Een gebruikersnaam heeft 3 tot 128 tekens: letters, cijfers, punt, @, liggend streepje of streepje.")]
        public string? UserName { get; set; }

        public List<string> RoleNames { get; set; } = [nameof(Role.Employee)];

        public Role Roles => RoleChoices.Parse(RoleNames);
    }

    [BindProperty]
    public Invitation Input { get; set; } = new();

    public string TenantName => tenant.Name!;

    public bool Sso => mail.UsesSso(tenant.Slug!);

    /// <summary>The employee's existing account in this municipality, if any: then the page offers to send the invitation again.</summary>
    public Guid? ExistingMembershipId { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "medewerker")] Guid? employeeId)
    {
        if (employeeId is null)
        {
            return Page();
        }

        // Another municipality's employee is not found here (tenant filter): 404, as any row outside the tenant.
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == employeeId);
        if (employee is null)
        {
            return NotFound();
        }

        ExistingMembershipId = await db.Memberships.Where(m => m.EmployeeId == employee.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync();
        Input = new Invitation { EmployeeId = employee.Id, DisplayName = employee.Name, Email = employee.Email, UserName = employee.Email };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Roles == Role.None)
        {
            ModelState.AddModelError("Input.Roles", "Kies minstens één rol.");
        }

        if (Input.EmployeeId is { } employeeId && !await db.Employees.AnyAsync(e => e.Id == employeeId))
        {
            return NotFound();
        }

        var email = Input.Email?.Trim().ToLowerInvariant();
        var userName = (string.IsNullOrWhiteSpace(Input.UserName) ? email : Input.UserName)?.Trim().ToLowerInvariant() ?? string.Empty;
        if (ModelState.IsValid && await db.Users.AnyAsync(u => u.UserName == userName))
        {
            ModelState.AddModelError("Input.UserName", "Deze gebruikersnaam is al in gebruik. Kies een andere.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new UserAccount { UserName = userName, DisplayName = Input.DisplayName!.Trim(), Email = email };
        var (membership, waiting) = Membership.Open(tenant.TenantId!.Value, Input.Roles, Input.EmployeeId, LoketClaims.UserIdOf(User)!.Value, time.GetUtcNow());
        user.Memberships.Add(membership);
        db.Users.Add(user);
        if (waiting is not null)
        {
            db.MembershipChanges.Add(waiting);
        }

        await db.SaveChangesAsync();
        await db.RecordEventAsync("Invite", nameof(UserAccount), user.Id.ToString(), "uitnodiging verstuurd", tenant.TenantId);
        var sent = await TrySendAsync(user);
        TempData["Message"] = $"{user.DisplayName} is toegevoegd. {sent}"
            + (waiting is null ? string.Empty : " De koppeling aan de medewerker en gevoelige rollen wachten op goedkeuring door een andere beheerder of een integriteitscoördinator.");
        return Redirect("/beheer/gebruikers");
    }

    /// <summary>Sends the invitation again: a new link, and the previous one stops working.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid membershipId)
    {
        var membership = await db.Memberships.Include(m => m.User).FirstOrDefaultAsync(m => m.Id == membershipId);
        if (membership?.User is not { } user)
        {
            return NotFound();
        }

        if (user.Email is null || user.PasswordHash is not null)
        {
            TempData["Message"] = user.Email is null
                ? $"{user.DisplayName} heeft geen e-mailadres; een uitnodiging kan nergens heen."
                : $"{user.DisplayName} heeft al een wachtwoord. Een vergeten wachtwoord vraagt iemand zelf opnieuw aan via 'Wachtwoord vergeten?' op de inlogpagina.";
            return Redirect($"/beheer/gebruikers/{membershipId}");
        }

        await db.RecordEventAsync("Invite", nameof(UserAccount), user.Id.ToString(), "uitnodiging opnieuw verstuurd", tenant.TenantId);
        TempData["Message"] = await TrySendAsync(user);
        return Redirect($"/beheer/gebruikers/{membershipId}");
    }

    private async Task<string> TrySendAsync(UserAccount user)
    {
        try
        {
            var sent = await mail.SendAsync(user, (await db.Tenants.FirstAsync(t => t.Id == tenant.TenantId)), PasswordLinkPurpose.Invitation, HttpContext.RequestAborted);
            return sent
                ? $"De uitnodiging is verstuurd naar {user.Email}. Een eerder verstuurde link werkt niet meer."
                : "Er is geen mailserver ingesteld; de uitnodiging is niet verstuurd. Vraag de beheerder van de installatie om Mail:Host in te stellen.";
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or IOException)
        {
            // Logged without address: logs are not a place for personal data.
            logger.LogWarning(ex, "Sending an invitation failed");
            return "De uitnodiging kon niet worden verstuurd: de mailserver antwoordt niet. Probeer het later opnieuw met 'Uitnodiging opnieuw versturen'.";
        }
    }
}
