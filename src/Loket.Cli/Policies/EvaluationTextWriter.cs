using System.Text;
using Loket.Policy;

namespace Loket.Cli.Policies;

/// <summary>The same answer as the JSON, written for a person, in Dutch.</summary>
public static class EvaluationTextWriter
{
    public static string Write(PolicyVersion policy, EvaluationContext context, Evaluation evaluation)
    {
        var text = new StringBuilder();
        text.AppendLine($"{policy.Title} (gemeente {policy.TenantName}, versie {policy.Version}, van kracht vanaf {policy.EffectiveFrom:dd-MM-yyyy})");
        text.AppendLine($"Datum van de melding: {context.Date:dd-MM-yyyy}");
        text.AppendLine();
        text.AppendLine($"Oordeel: {evaluation.Verdict.DutchLabel()}");
        text.AppendLine();
        if (evaluation.Obligations.Count == 0)
        {
            text.AppendLine("Verplichtingen: geen.");
        }
        else
        {
            text.AppendLine("Verplichtingen:");
            foreach (var obligation in evaluation.Obligations)
            {
                text.AppendLine($"  - {obligation.DutchLabel()}");
            }
        }

        text.AppendLine();
        text.AppendLine("Waarom:");
        foreach (var reason in evaluation.Reasons)
        {
            text.AppendLine($"  - [{reason.Verdict.Name()}] artikel {reason.ArticleId} \"{reason.ArticleTitle}\": {reason.Explanation}");
            text.AppendLine($"    Uit de code: \"{reason.Excerpt}\"");
        }

        return text.ToString();
    }
}
