using System.Text.Json;

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

    private static DeclarationParseResult Fail(string message) => new(null, [message]);
}
