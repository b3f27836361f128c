using System.CommandLine;
using Loket.Policy;

namespace Loket.Cli.Policies;

/// <summary>
/// <c>loket policy validate &lt;file|folder&gt;</c>: checks policy files and prints every problem as
/// <c>file:line: message</c>. Exit 0 when valid, 1 when not.
/// </summary>
public static class PolicyCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("pad") { Description = "Een gedragscodebestand (.yaml) of een map met gemeentemappen" };
        var validate = new Command("validate", "Controleert een gedragscodebestand of de hele map policies/") { path };
        validate.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var target = parse.GetValue(path)!;
            IReadOnlyList<PolicyError> errors;
            if (Directory.Exists(target))
            {
                try
                {
                    var catalog = PolicyCatalog.LoadDirectory(target);
                    var versions = catalog.Tenants.Sum(t => t.Versions.Count);
                    output.WriteLine($"Geldig: {catalog.Tenants.Count} gemeenten, {versions} versies in {target}.");
                    return 0;
                }
                catch (PolicyLoadException e)
                {
                    errors = e.Errors.Count > 0 ? e.Errors : [new PolicyError(target, 0, e.Message)];
                }
            }
            else if (File.Exists(target))
            {
                var result = PolicyFile.Load(target);
                if (result.IsValid)
                {
                    var policy = result.Policy!;
                    output.WriteLine($"Geldig: {policy.Title}, versie {policy.Version}, van kracht vanaf {policy.EffectiveFrom:dd-MM-yyyy}; {policy.Articles.Count} artikelen, {policy.Rules.Count} regels.");
                    return 0;
                }

                errors = result.Errors;
            }
            else
            {
                parse.InvocationConfiguration.Error.WriteLine($"Bestand of map '{target}' bestaat niet.");
                return 1;
            }

            foreach (var error in errors)
            {
                output.WriteLine(error.ToString());
            }

            output.WriteLine($"Ongeldig: {errors.Count} fout(en).");
            return 1;
        });
        return new Command("policy", "Werken met gedragscodebestanden") { validate };
    }
}
