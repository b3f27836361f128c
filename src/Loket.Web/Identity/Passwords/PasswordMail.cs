using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Passwords;

/// <summary>
/// Sends an account its one-time link to set a password, or (for a municipality that signs in through its
/// own provider) the word to use that. A new link ends every open link of the account first, so only the
/// newest mail works. The token goes only into the mail, never into the database, the outbox or a log; so
/// the mail is sent directly, not through the jobs' outbox. A mail carries no content of the product.
/// </summary>
public sealed class PasswordMail(LoketDbContext db, Mailer mailer, TimeProvider time, IConfiguration configuration)
{
    public bool UsesSso(string tenantSlug) => TenantOidcOptions.Read(configuration).ContainsKey(tenantSlug);

    /// <summary>Issues a link (or, with SSO and no password, none) and sends the mail; false when no mail server is configured.</summary>
    public async Task<bool> SendAsync(UserAccount user, Tenants.Tenant tenant, PasswordLinkPurpose purpose, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var notification = UsesSso(tenant.Slug) && user.PasswordHash is null
            ? SsoNotice(user, tenant, purpose)
            : await IssueAsync(user, tenant, purpose, now, cancellationToken);
        return await mailer.SendAsync([notification], cancellationToken) > 0;
    }

    private async Task<Notification> IssueAsync(UserAccount user, Tenants.Tenant tenant, PasswordLinkPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var open in await db.PasswordLinks.Where(l => l.UserId == user.Id && l.UsedAt == null && l.SupersededAt == null).ToListAsync(cancellationToken))
        {
            open.Supersede(now);
        }

        var (link, token) = PasswordLink.Issue(user.Id, tenant.Id, purpose, now);
        db.PasswordLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        var until = $"{DutchTime.Written(link.ExpiresAt)} {DutchTime.Time(link.ExpiresAt)}";
        return purpose == PasswordLinkPurpose.Invitation
            ? new(user.Email!, user.DisplayName, $"Je account voor Integriteitsloket bij {tenant.Name}",
                $"Je bent uitgenodigd voor Integriteitsloket bij {tenant.Name}. Via de link hieronder stel je je wachtwoord in. De link werkt één keer, tot {until}.",
                $"/wachtwoord/instellen/{token}")
            : new(user.Email!, user.DisplayName, "Nieuw wachtwoord instellen voor Integriteitsloket",
                $"Iemand heeft gevraagd om een nieuw wachtwoord voor je account bij {tenant.Name}. Via de link hieronder stel je een nieuw wachtwoord in. De link werkt één keer, tot {until}. Heb je dit niet gevraagd? Dan kun je dit bericht negeren; je wachtwoord blijft hetzelfde.",
                $"/wachtwoord/instellen/{token}");
    }

    private static Notification SsoNotice(UserAccount user, Tenants.Tenant tenant, PasswordLinkPurpose purpose) =>
        purpose == PasswordLinkPurpose.Invitation
            ? new(user.Email!, user.DisplayName, $"Je account voor Integriteitsloket bij {tenant.Name}",
                $"Je bent uitgenodigd voor Integriteitsloket bij {tenant.Name}. Je logt in via je organisatie, met het account waarmee je ook op je werk inlogt: kies op de inlogpagina de knop van {tenant.Name}. Een wachtwoord voor Integriteitsloket heb je niet nodig.",
                "/inloggen")
            : new(user.Email!, user.DisplayName, "Inloggen bij Integriteitsloket",
                $"Iemand heeft gevraagd om een nieuw wachtwoord voor je account bij {tenant.Name}. Je logt in via je organisatie; je wachtwoord beheert je organisatie. Kies op de inlogpagina de knop van {tenant.Name}.",
                "/inloggen");
}
