using System.CommandLine;
using Loket.Web.Meldpunt;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>`loket keys rotate`: a new key-encryption key in the key file, every data key re-wrapped under it.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var rotate = new Command("rotate", "Maakt een nieuwe sleutelversleutelsleutel en verpakt alle dossiersleutels opnieuw");
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await using var scope = (await CliHost.ScopeAsync(services, null, cancellationToken))!.Value;
            var (keyId, count) = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RotateAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Nieuwe sleutel {keyId}; {count} sleutel(s) opnieuw verpakt. Bewaar een kopie van het sleutelbestand veilig.");
            return 0;
        });
        return new Command("keys", "Sleutels van de versleuteling") { rotate };
    }
}
