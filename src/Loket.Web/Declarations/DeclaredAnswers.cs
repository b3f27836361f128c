using System.Text.Json;
using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The answers of a declaration in plain Dutch, read from the engine's JSON as stored (or about to be):
/// every question of the type with its answer, "Weet ik niet" where none was given. What the employee
/// checks before submitting and what the decider reads are the same lines.
/// </summary>
public static class DeclaredAnswers
{
    public sealed record Line(string Field, string Question, string Answer);

    public static IReadOnlyList<Line> Read(DeclarationType type, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        // The API may nest the fields in an object named after the type (see DeclarationJson).
        var nested = root.TryGetProperty(type.Name(), out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : (JsonElement?)null;
        return
        [
            .. DeclarationFields.For(type).Where(f => !f.FromContext).Select(field =>
            {
                var found = root.TryGetProperty(field.Name, out var value) || (nested is { } n && n.TryGetProperty(field.Name, out value));
                return new Line(field.Name, FieldLabels.Question(field.Name), found ? Words(field, value) : Unknown);
            }),
        ];
    }

    private const string Unknown = "Weet ik niet";

    private static string Words(FieldDefinition field, JsonElement value) => (field.Kind, value.ValueKind) switch
    {
        (FieldKind.Flag, JsonValueKind.True) => "Ja",
        (FieldKind.Flag, JsonValueKind.False) => "Nee",
        (FieldKind.Choice, JsonValueKind.String) => DeclarationKinds.ChoiceLabel(value.GetString()!),
        (FieldKind.GiftValue, JsonValueKind.Number) => EuroAmount.Format(value.GetDecimal()),
        (FieldKind.Months, JsonValueKind.Number) => $"{value.GetInt32()} maanden",
        _ => Unknown,
    };
}
