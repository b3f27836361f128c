using System.CommandLine;
using Loket.Cli.Policies;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>
/// `loket tenant create` (a municipality, its desk and its code of conduct) and `loket tenant confidant`
/// (a confidant as the municipality publishes them). The code of conduct is checked against the
/// policies the server loads: Policies:Root from the configuration, else the policies/ folder found as
/// `loket policy validate` finds it.
/// </summary>
internal static class TenantCommands
{
    public static Command Create()
    {
        var slug = new Option<string>("--slug") { Description = "Korte naam in het webadres, bijvoorbeeld leiden", Required = true };
        var name = new Option<string>("--name") { Description = "Naam, bijvoorbeeld \"Gemeente Leiden\"", Required = true };
        var color = new Option<string>("--color") { Description = "Huiskleur als #rrggbb; witte tekst erop moet leesbaar zijn (contrast 4,5:1)", Required = true };
        var desk = new Option<string>("--desk") { Description = "Het meldpunt dat deze gemeente bedient (slug)", Required = true };
        var policy = new Option<string>("--policy") { Description = "De gedragscode (map onder policies/), bijvoorbeeld leiden", Required = true };
        var policies = new Option<string?>("--policies") { Description = "Map met gedragscodes (standaard Policies:Root of de map policies/)" };
        var create = new Command("create", "Maakt een gemeente aan") { slug, name, color, desk, policy, policies };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var catalog = PolicyCatalogLoader.Load(parse.GetValue(policies) ?? CliHost.Configuration()["Policies:Root"], error);
            if (catalog is null)
            {
                return 2;
            }

            await using var services = CliHost.Create();
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            var input = new NewTenant(parse.GetValue(slug), parse.GetValue(name), parse.GetValue(color), parse.GetValue(desk), parse.GetValue(policy));
            var known = catalog.Tenants.Select(t => t.Tenant).ToList();
            var (tenant, errors) = await scope.ServiceProvider.GetRequiredService<TenantSetup>().CreateTenantAsync(input, known, cancellationToken);
            if (tenant is null)
            {
                return await SetupOutput.RefuseAsync(error, errors);
            }

            var code = catalog.Tenants.Single(t => t.Tenant == tenant.PolicySlug);
            var versions = string.Join(", ", code.Versions.Select(v => $"{v.Version} vanaf {v.EffectiveFrom:d-M-yyyy}"));
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{tenant.Name} ({tenant.Slug}) aangemaakt; gedragscode {code.TenantName}, versies {versions}.");
            return 0;
        });
        return new Command("tenant", "Gemeenten") { create, Confidant() };
    }

    private static Command Confidant()
    {
        var tenant = new Option<string>("--tenant") { Description = "De gemeente (slug)", Required = true };
        var name = new Option<string>("--name") { Description = "Naam zoals medewerkers die zien", Required = true };
        var email = new Option<string>("--email") { Description = "E-mailadres" };
        var phone = new Option<string>("--phone") { Description = "Telefoonnummer" };
        var note = new Option<string>("--note") { Description = "Toelichting, bijvoorbeeld \"extern, niet in dienst van de gemeente\"" };
        var command = new Command("confidant", "Zet een vertrouwenspersoon op de lijst die medewerkers en melders zien") { tenant, name, email, phone, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            var slug = parse.GetValue(tenant)!;
            if (await CliHost.ScopeAsync(services, slug, cancellationToken) is not { } scope)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Onbekende gemeente: {slug}");
                return 2;
            }

            await using (scope)
            {
                var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
                var tenantId = await db.Tenants.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync(cancellationToken);
                var input = new NewConfidant(parse.GetValue(name), parse.GetValue(email), parse.GetValue(phone), parse.GetValue(note));
                var errors = await input.AddToAsync(db, tenantId, cancellationToken);
                if (errors.Count > 0)
                {
                    return await SetupOutput.RefuseAsync(parse.InvocationConfiguration.Error, errors);
                }

                await parse.InvocationConfiguration.Output.WriteLineAsync($"Vertrouwenspersoon {input.Name!.Trim()} staat op de lijst van {slug}.");
                return 0;
            }
        });
        return command;
    }
}
