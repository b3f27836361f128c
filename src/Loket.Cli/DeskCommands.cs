using System.CommandLine;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>
/// `loket desk create` and `loket desk contact`: a reporting desk and the contact details employees
/// and reporters see on the report page. The same rules as the operator's pages (<see cref="TenantSetup"/>).
/// </summary>
internal static class DeskCommands
{
    public static Command Create()
    {
        var slug = new Option<string>("--slug") { Description = "Korte naam in het webadres, bijvoorbeeld leidse-regio", Required = true };
        var name = new Option<string>("--name") { Description = "Naam, bijvoorbeeld \"Meldpunt integriteit Leidse regio\"", Required = true };
        var contact = ContactOptions();
        var create = new Command("create", "Maakt een meldpunt aan") { slug, name };
        contact.ForEach(create.Options.Add);
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            var (desk, errors) = await scope.ServiceProvider.GetRequiredService<TenantSetup>()
                .CreateDeskAsync(new NewDesk(parse.GetValue(slug), parse.GetValue(name), Contact(parse, contact)), cancellationToken);
            if (desk is null)
            {
                return await SetupOutput.RefuseAsync(parse.InvocationConfiguration.Error, errors);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Meldpunt {desk.Name} ({desk.Slug}) aangemaakt.");
            return 0;
        });

        var which = new Option<string>("--slug") { Description = "Het meldpunt (slug)", Required = true };
        var details = ContactOptions();
        var setContact = new Command("contact", "Zet de contactgegevens van een meldpunt; een lege of weggelaten optie wist dat gegeven") { which };
        details.ForEach(setContact.Options.Add);
        setContact.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
            var deskSlug = parse.GetValue(which);
            if (await db.Desks.FirstOrDefaultAsync(d => d.Slug == deskSlug, cancellationToken) is not { } desk)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Onbekend meldpunt: {deskSlug}");
                return 2;
            }

            var errors = await scope.ServiceProvider.GetRequiredService<TenantSetup>().SetContactAsync(desk, Contact(parse, details), cancellationToken);
            if (errors.Count > 0)
            {
                return await SetupOutput.RefuseAsync(parse.InvocationConfiguration.Error, errors);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Contactgegevens van {desk.Name} opgeslagen.");
            return 0;
        });
        return new Command("desk", "Meldpunten") { create, setContact };
    }

    private static List<Option<string>> ContactOptions() =>
    [
        new("--email") { Description = "E-mailadres van het meldpunt" },
        new("--phone") { Description = "Telefoonnummer" },
        new("--address") { Description = "Bezoekadres, bijvoorbeeld \"Stadhuisplein 1, 2311 EJ Leiden\"" },
        new("--hours") { Description = "Openingstijden, bijvoorbeeld \"maandag tot en met vrijdag 9.00 tot 17.00 uur\"" },
    ];

    private static DeskContact Contact(ParseResult parse, List<Option<string>> options) =>
        DeskContact.Of(parse.GetValue(options[0]), parse.GetValue(options[1]), parse.GetValue(options[2]), parse.GetValue(options[3]));
}
