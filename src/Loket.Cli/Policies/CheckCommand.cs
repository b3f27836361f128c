using System.CommandLine;
using Loket.Policy;
using Loket.Web.Infrastructure;

namespace Loket.Cli.Policies;

/// <summary>
/// <c>loket check --tenant &lt;slug&gt; [--json]</c>: reads one declaration as JSON on standard input and
/// prints the verdict. Exit 0 for any verdict, 2 for invalid input (in Dutch, on standard error).
/// </summary>
public static class CheckCommand
{
    public const int InvalidInput = 2;

    /// <param name="input">Standard input; tests pass their own reader.</param>
    /// <param name="time">The clock for the date of a declaration that states none.</param>
    public static Command Create(Func<TextReader>? input = null, TimeProvider? time = null)
    {
        var tenant = new Option<string>("--tenant") { Description = "De gemeente, bijvoorbeeld leiden of s-hertogenbosch" };
        var json = new Option<bool>("--json") { Description = "Antwoord als één JSON-object in plaats van tekst" };
        var policies = new Option<string>("--policies") { Description = "De map met gedragscodes (standaard: de map policies/ van de repository)" };
        var command = new Command("check", "Beoordeelt één melding (JSON op standaardinvoer) volgens de gedragscode van een gemeente")
        {
            tenant, json, policies,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var slug = parse.GetValue(tenant);
            if (string.IsNullOrWhiteSpace(slug))
            {
                error.WriteLine("Geef de gemeente op met --tenant, bijvoorbeeld --tenant leiden.");
                return InvalidInput;
            }

            var catalog = PolicyCatalogLoader.Load(parse.GetValue(policies), error);
            if (catalog is null)
            {
                return InvalidInput;
            }

            var parsed = DeclarationJson.Parse((input?.Invoke() ?? Console.In).ReadToEnd());
            if (!parsed.IsValid)
            {
                error.WriteLine("Ongeldige melding:");
                foreach (var message in parsed.Errors)
                {
                    error.WriteLine($"  - {message}");
                }

                return InvalidInput;
            }

            var today = (time ?? TimeProvider.System).Today();
            var context = parsed.Input!.ToContext(today);
            PolicyVersion policy;
            try
            {
                policy = catalog.InForce(slug, context.Date);
            }
            catch (PolicyNotInForceException e)
            {
                error.WriteLine(e.Message);
                return InvalidInput;
            }

            var evaluation = PolicyEvaluator.Evaluate(policy, parsed.Input.Declaration, context);
            output.Write(parse.GetValue(json)
                ? EvaluationJson.Write(policy, context, evaluation) + Environment.NewLine
                : EvaluationTextWriter.Write(policy, context, evaluation));
            return 0;
        });
        return command;
    }
}
