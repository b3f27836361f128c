using System.CommandLine;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Meldpunt.Desk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>
/// `loket keys init` (the first key file, on purpose), `loket keys rotate` (a new key-encryption key,
/// every data key re-wrapped under it) and `loket keys status` (how many rows each key still wraps).
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var init = new Command("init", "Maakt het eerste sleutelbestand (weigert als er al een is)");
        init.SetAction(async (parse, cancellationToken) =>
        {
            var path = CliHost.Configuration().GetSection(CryptoOptions.Section).Get<CryptoOptions>()?.KeyFile ?? new CryptoOptions().KeyFile;
            try
            {
                var keyId = KeyRing.Init(path, TimeProvider.System.GetUtcNow());
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Sleutelbestand {Path.GetFullPath(path)} aangemaakt (sleutel {keyId}). Bewaar een kopie op een andere plek dan de database en haar back-ups.");
                return 0;
            }
            catch (KeyFileException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });

        var rotate = new Command("rotate", "Maakt een nieuwe sleutelversleutelsleutel en verpakt alle dossiersleutels opnieuw");
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            var (keyId, count) = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RotateAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Nieuwe sleutel {keyId}; {count} sleutel(s) opnieuw verpakt. Bewaar een kopie van het sleutelbestand veilig. Draaiende servers gebruiken de nieuwe sleutel binnen een minuut.");
            return 0;
        });

        var status = new Command("status", "Toont per sleutel hoeveel dossiers en identiteiten zij nog verpakt");
        status.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            var lines = await scope.ServiceProvider.GetRequiredService<KeyStatus>().ReadAsync(cancellationToken);
            foreach (var line in lines)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(KeyStatus.Describe(line));
            }

            return lines.Any(l => !l.InFile) ? 1 : 0;
        });
        return new Command("keys", "Sleutels van de versleuteling") { init, rotate, status };
    }
}
