using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants;

public sealed record NewDesk(string? Slug, string? Name, DeskContact Contact);

public sealed record NewTenant(string? Slug, string? Name, string? Color, string? DeskSlug, string? PolicySlug);

/// <summary>
/// Creating desks and municipalities, the one way for `loket desk create`, `loket tenant create` and the
/// operator's pages. Each returns the refusals (nothing saved) or the row saved; the audit trail
/// records the row through the usual save.
/// </summary>
public sealed class TenantSetup(LoketDbContext db)
{
    public async Task<(Desk? Desk, List<SetupError> Errors)> CreateDeskAsync(NewDesk input, CancellationToken cancellationToken = default)
    {
        var errors = SetupRules.Slug(input.Slug).Concat(SetupRules.Name(input.Name)).Concat(SetupRules.Contact(input.Contact)).ToList();
        if (errors.Count == 0 && await db.Desks.AnyAsync(d => d.Slug == input.Slug, cancellationToken))
        {
            errors.Add(new("Slug", $"Er is al een meldpunt met de slug '{input.Slug}'. Kies een andere."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var desk = new Desk { Slug = input.Slug!, Name = input.Name!.Trim() };
        desk.SetContact(input.Contact);
        db.Desks.Add(desk);
        await db.SaveChangesAsync(cancellationToken);
        return (desk, errors);
    }

    /// <summary><paramref name="knownPolicies"/>: the codes of conduct the product has loaded, by slug.</summary>
    public async Task<(Tenant? Tenant, List<SetupError> Errors)> CreateTenantAsync(NewTenant input, IReadOnlyCollection<string> knownPolicies, CancellationToken cancellationToken = default)
    {
        var color = input.Color?.Trim().ToLowerInvariant();
        var errors = SetupRules.Slug(input.Slug).Concat(SetupRules.Name(input.Name)).Concat(SetupRules.Color(color))
            .Concat(SetupRules.Policy(input.PolicySlug, knownPolicies)).ToList();
        if (!errors.Any(e => e.Field == "Slug") && await db.Tenants.AnyAsync(t => t.Slug == input.Slug, cancellationToken))
        {
            errors.Add(new("Slug", $"Er is al een gemeente met de slug '{input.Slug}'. Kies een andere."));
        }

        var desk = await db.Desks.FirstOrDefaultAsync(d => d.Slug == input.DeskSlug, cancellationToken);
        if (desk is null)
        {
            var known = await db.Desks.OrderBy(d => d.Slug).Select(d => d.Slug).ToListAsync(cancellationToken);
            errors.Add(new("DeskSlug", known.Count == 0
                ? "Er is nog geen meldpunt. Maak eerst het meldpunt aan dat deze gemeente bedient."
                : string.IsNullOrWhiteSpace(input.DeskSlug)
                    ? $"Kies het meldpunt dat deze gemeente bedient. Bekend zijn: {string.Join(", ", known)}."
                    : $"Onbekend meldpunt '{input.DeskSlug}'. Bekend zijn: {string.Join(", ", known)}."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var tenant = new Tenant { Slug = input.Slug!, Name = input.Name!.Trim(), PolicySlug = input.PolicySlug!, PrimaryColor = color!, DeskId = desk!.Id };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        return (tenant, errors);
    }

    public async Task<List<SetupError>> SetContactAsync(Desk desk, DeskContact contact, CancellationToken cancellationToken = default)
    {
        var errors = SetupRules.Contact(contact).ToList();
        if (errors.Count == 0)
        {
            desk.SetContact(contact);
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }
}
