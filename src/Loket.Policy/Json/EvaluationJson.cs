using System.Text.Encodings.Web;
using System.Text.Json;
namespace Loket.Policy;

/// <summary>
/// Writes an evaluation as the one JSON object of the <c>loket check --json</c> contract: verdict,
/// obligations and reasons (article, version, text), plus the citation details. The web API can return
/// the same object, so the CLI and the app never disagree on the shape.
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(PolicyVersion policy, EvaluationContext context, Evaluation evaluation)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("tenant", evaluation.Tenant);
            json.WriteString("tenantName", policy.TenantName);
            json.WriteString("version", evaluation.Version);
            json.WriteString("effectiveFrom", policy.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("date", context.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("verdict", evaluation.Verdict.Name());
            WriteObligations(json, "obligations", evaluation.Obligations);
            json.WriteStartArray("reasons");
            foreach (var reason in evaluation.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("article", reason.ArticleId);
                json.WriteString("version", reason.Version);
                json.WriteString("text", reason.Explanation);
                json.WriteString("tenant", reason.Tenant);
                json.WriteString("title", reason.ArticleTitle);
                json.WriteString("excerpt", reason.Excerpt);
                json.WriteString("rule", reason.RuleId);
                json.WriteString("kind", KindName(reason.Kind));
                json.WriteString("verdict", reason.Verdict.Name());
                WriteObligations(json, "obligations", reason.Obligations);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteObligations(Utf8JsonWriter json, string name, IReadOnlyList<Obligation> obligations)
    {
        json.WriteStartArray(name);
        foreach (var obligation in obligations)
        {
            json.WriteStringValue(obligation.Name());
        }

        json.WriteEndArray();
    }

    private static string KindName(ReasonKind kind) => kind switch
    {
        ReasonKind.CodeRule => "code",
        ReasonKind.Law => "law",
        ReasonKind.Silence => "silence",
        ReasonKind.DepartmentRule => "department",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
