using System.Text.Json;
using System.Text.Json.Nodes;

namespace Loket.Policy;

/// <summary>
/// Reads one declaration in the JSON of the <c>loket check</c> contract, for the CLI and the web API
/// alike. Fields may sit at the top level or in an object named after the type
/// (<c>{"type":"gift","gift":{"valueEur":60}}</c>). Unknown fields and wrong types are errors, in Dutch.
/// </summary>
public static class DeclarationJson
{
    public static DeclarationParseResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Fail($"Geen geldige JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("Verwacht één JSON-object, bijvoorbeeld {\"type\":\"gift\",\"valueEur\":40}.");
            }

            if (!root.TryGetProperty("type", out var typeElement))
            {
                return Fail($"Het veld 'type' ontbreekt; kies uit {string.Join(", ", DeclarationTypeNames.AllNames)}.");
            }

            if (typeElement.ValueKind != JsonValueKind.String || !DeclarationTypeNames.TryParse(typeElement.GetString()!, out var type))
            {
                return Fail($"Onbekend type {typeElement.GetRawText()}; kies uit {string.Join(", ", DeclarationTypeNames.AllNames)}.");
            }

            var fields = new DeclarationFieldReader(type);
            fields.Collect(root);
            return fields.Build();
        }
    }

    /// <summary>
    /// The declaration in the contract's flat form, stated answers only: <c>{"type":"gift","valueEur":40}</c>.
    /// What <see cref="Parse"/> reads back to an equal record, so stored answers judge as they were judged.
    /// </summary>
    public static string Write(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var json = new JsonObject { ["type"] = declaration.Type.Name() };
        foreach (var field in DeclarationFields.Declared(declaration.Type))
        {
            json[field.Name] = field.Answer(declaration) switch
            {
                null => null,
                bool flag => flag,
                decimal euros => euros,
                int months => months,
                string choice => choice,
                var other => throw new InvalidOperationException($"Field '{field.Name}' answered {other.GetType().Name}."),
            };
            if (json[field.Name] is null)
            {
                json.Remove(field.Name);
            }
        }

        return json.ToJsonString();
    }

    private static DeclarationParseResult Fail(string message) => new(null, [message]);
}
