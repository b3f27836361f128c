using System.CommandLine;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>
/// `loket admin create`: an administrator of a municipality, with a one-time password printed once.
/// With --operator the account may also create desks and municipalities in the browser; only this
/// command grants that, so whoever holds it was given it by someone with the server's key file.
/// </summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "De gemeente (slug)", Required = true };
        var user = new Option<string>("--user") { Description = "Gebruikersnaam, bijvoorbeeld beheer@leiden", Required = true };
        var name = new Option<string>("--name") { Description = "Naam zoals anderen die zien", Required = true };
        var email = new Option<string>("--email") { Description = "E-mailadres" };
        var asOperator = new Option<bool>("--operator") { Description = "Mag ook meldpunten en gemeenten aanmaken (installatiebeheerder)" };
        var create = new Command("create", "Maakt een beheerder van een gemeente aan en toont eenmalig het beginwachtwoord") { tenant, user, name, email, asOperator };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            var slug = parse.GetValue(tenant)!;
            if (await CliHost.ScopeAsync(services, null, cancellationToken) is not { } scope)
            {
                return 2;
            }

            await using (scope)
            {
                var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
                if (await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken) is not { } municipality)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"Onbekende gemeente: {slug}");
                    return 2;
                }

                var input = new FirstAdministrator.Input(parse.GetValue(user), parse.GetValue(name), parse.GetValue(email));
                var (created, errors) = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>()
                    .CreateAsync(municipality, input, parse.GetValue(asOperator), onlyFirst: false, cancellationToken);
                if (created is null)
                {
                    return await SetupOutput.RefuseAsync(parse.InvocationConfiguration.Error, errors);
                }

                var output = parse.InvocationConfiguration.Output;
                await output.WriteLineAsync($"Beheerder {created.User.DisplayName} ({created.User.UserName}) van {municipality.Name} aangemaakt{(parse.GetValue(asOperator) ? ", ook installatiebeheerder" : "")}.");
                await output.WriteLineAsync($"Beginwachtwoord (eenmalig getoond): {created.Password}");
                await output.WriteLineAsync("Bij de eerste keer inloggen stelt de beheerder inloggen in twee stappen in; kies daarna onder Mijn account een eigen wachtwoord.");
                return 0;
            }
        });
        return new Command("admin", "Beheerders") { create };
    }
}
