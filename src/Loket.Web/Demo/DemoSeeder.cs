using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Demo;

/// <summary>
/// Loads the five municipalities (once) and keeps the demo accounts in step with demo mode:
/// present while it is on, removed as soon as the product starts with demo mode off.
/// </summary>
public sealed class DemoSeeder(LoketDbContext db, IPasswordHasher<UserAccount> hasher, IServiceScopeFactory scopes, IConfiguration configuration)
{
    public async Task ApplyAsync(bool demoEnabled, CancellationToken cancellationToken = default)
    {
        if (!demoEnabled)
        {
            await RemoveDemoAccountsAsync(cancellationToken);
            await new DemoRemoval(db).RemoveAsync(cancellationToken);
            return;
        }

        var known = await db.Tenants.Select(t => t.Id).ToListAsync(cancellationToken);
        await EnsureMunicipalitiesAsync(cancellationToken);
        await EnsureDemoAccountsAsync(cancellationToken);

        // A year of activity, once: only in a municipality this start made.
        if (!configuration.GetValue($"{DemoOptions.Section}:{nameof(DemoOptions.Activity)}", true))
        {
            return;
        }

        var made = await db.Tenants.Where(t => t.IsDemo && !known.Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var tenant in made)
        {
            await DemoActivity.AddAsync(scopes, tenant, cancellationToken);
        }
    }

    private async Task EnsureMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        var desks = await db.Desks.ToDictionaryAsync(d => d.Slug, cancellationToken);
        foreach (var seed in DemoCatalog.Desks.Where(d => !desks.ContainsKey(d.Slug)))
        {
            desks[seed.Slug] = db.Desks.Add(new Desk { Slug = seed.Slug, Name = seed.Name, Email = seed.Email, IsDemo = true }).Entity;
        }

        var existing = await db.Tenants.Select(t => t.Slug).ToListAsync(cancellationToken);
        foreach (var seed in DemoCatalog.Tenants.Where(t => !existing.Contains(t.Slug)))
        {
            var tenant = db.Tenants.Add(new Tenant { Slug = seed.Slug, Name = seed.Name, PolicySlug = seed.Slug, PrimaryColor = seed.Color, DeskId = desks[seed.DeskSlug].Id, IsDemo = true }).Entity;
            db.AddRange(DemoOrganisation.For(tenant.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureDemoAccountsAsync(CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.Where(t => DemoCatalog.Tenants.Select(s => s.Slug).Contains(t.Slug)).ToListAsync(cancellationToken);
        var userNames = await db.Users.Select(u => u.UserName).ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            var employees = await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenant.Id).ToDictionaryAsync(e => e.EmployeeNumber, cancellationToken);
            foreach (var (prefix, name, roles, number) in DemoCatalog.Accounts)
            {
                var userName = $"{prefix}@{tenant.Slug}";
                if (userNames.Contains(userName))
                {
                    continue;
                }

                var user = NewDemoUser(userName, name);
                user.Memberships.Add(Membership.Preset(tenant.Id, roles, employees.GetValueOrDefault(number)?.Id));
                db.Users.Add(user);
            }
        }

        // The shared desk's officer works for both municipalities it serves.
        const string deskOfficer = "meldpunt@leidse-regio";
        if (!userNames.Contains(deskOfficer))
        {
            var user = NewDemoUser(deskOfficer, "Daan Meldpunt Leidse regio");
            foreach (var tenant in tenants.Where(t => t.Slug is "leiden" or "leiderdorp"))
            {
                user.Memberships.Add(Membership.Preset(tenant.Id, Role.IntegrityOfficer, null));
            }

            db.Users.Add(user);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private UserAccount NewDemoUser(string userName, string displayName)
    {
        var user = new UserAccount { UserName = userName, DisplayName = displayName, IsDemo = true };
        user.PasswordHash = hasher.HashPassword(user, DemoOptions.Password);
        return user;
    }

    private async Task RemoveDemoAccountsAsync(CancellationToken cancellationToken)
    {
        var demoUsers = await db.Users.IgnoreQueryFilters().Where(u => u.IsDemo).Include(u => u.Memberships).ToListAsync(cancellationToken);
        if (demoUsers.Count > 0)
        {
            db.Users.RemoveRange(demoUsers);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
