using System.CommandLine;
using System.Text;
using Loket.Web.People.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>`loket import people --tenant &lt;slug&gt; &lt;file.csv&gt;`: the same import as the admin page.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "De gemeente (slug), bijvoorbeeld leiden", Required = true };
        var file = new Argument<FileInfo>("bestand") { Description = "CSV-bestand met kopregel" };
        var people = new Command("people", "Importeert medewerkers uit een CSV-bestand (alles of niets)") { tenant, file };
        people.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"Bestand niet gevonden: {path.FullName}");
                return 2;
            }

            await using var services = CliHost.Create();
            var slug = parse.GetValue(tenant)!;
            if (await CliHost.ScopeAsync(services, slug, cancellationToken) is not { } scope)
            {
                await error.WriteLineAsync($"Onbekende gemeente: {slug}");
                return 2;
            }

            await using (scope)
            {
                using var reader = new StreamReader(path.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var result = await scope.ServiceProvider.GetRequiredService<PeopleImporter>().ImportAsync(reader, mayRecordRelations: true, cancellationToken);
                if (!result.Succeeded)
                {
                    await error.WriteLineAsync($"Er is niets geïmporteerd; {result.Errors.Count} fout(en):");
                    foreach (var line in result.Errors)
                    {
                        await error.WriteLineAsync($"{path.Name}: {line}");
                    }

                    return 1;
                }

                await output.WriteLineAsync($"Import gelukt: {result.Created} nieuw, {result.Updated} gewijzigd, {result.Unchanged} ongewijzigd.");
                if (result.Relations is { } relations)
                {
                    await output.WriteLineAsync(relations.Summary);
                }

                return 0;
            }
        });
        return new Command("import", "Importeert gegevens") { people };
    }
}
