using System.Globalization;
using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The declaration form's answers (text as posted, keyed by field name) to and from the engine's typed
/// record, field by field from each field's own declaration: flags "true"/"false"/"" (not stated), a
/// choice's wire value, euros as typed (read by <see cref="EuroAmount"/>), whole months.
/// </summary>
public static class FormAnswers
{
    public static (Declaration Declaration, IReadOnlyList<string> Errors) Read(DeclarationType type, IReadOnlyDictionary<string, string?> answers)
    {
        var declaration = DeclarationFields.Empty(type);
        var errors = new List<string>();
        foreach (var field in DeclarationFields.Declared(type))
        {
            var raw = answers.TryGetValue(field.Name, out var v) ? v?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            object? answer = field.Kind switch
            {
                FieldKind.Flag when raw is "true" or "false" => raw == "true",
                FieldKind.Choice when field.Choices.Any(c => c.Value == raw) => raw,
                FieldKind.GiftValue when EuroAmount.Parse(raw) is { Euros: { } euros } => euros,
                FieldKind.Months when int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var months) => months,
                _ => null,
            };
            if (answer is null)
            {
                errors.Add(field.Kind switch
                {
                    FieldKind.GiftValue => EuroAmount.Parse(raw).Error!,
                    FieldKind.Months => "Vul het aantal maanden in als een heel getal, bijvoorbeeld 18.",
                    _ => $"Kies een van de antwoorden bij: {field.Question}",
                });
                continue;
            }

            declaration = field.With(declaration, answer);
        }

        return (declaration, errors);
    }

    /// <summary>The form's values for a stored declaration (to declare a change of it): what <see cref="Read"/> reads back.</summary>
    public static Dictionary<string, string?> Write(Declaration declaration) =>
        DeclarationFields.Declared(declaration.Type).ToDictionary(f => f.Name, f => f.Answer(declaration) switch
        {
            bool flag => flag ? "true" : "false",
            decimal euros => EuroAmount.Format(euros),
            int months => months.ToString(CultureInfo.InvariantCulture),
            var other => (string?)other,
        });
}
