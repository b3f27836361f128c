using System.Globalization;
using System.Text.Json;

namespace Loket.Policy;

/// <summary>Collects the fields of one declaration, flat or nested, then builds the record.</summary>
internal sealed class DeclarationFieldReader(DeclarationType type)
{
    // Fields every declaration may carry besides its own: the date and the context flags.
    private static readonly string[] CommonFields = ["type", "date", "designatedForFinancialInterests", "topOfficial", "departmentNoGiftsAtAll"];

    private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);
    private readonly List<string> errors = [];
    private readonly HashSet<string> known = [.. DeclarationFields.For(type).Where(f => !f.FromContext).Select(f => f.Name)];

    public void Collect(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == type.Name() && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var nested in property.Value.EnumerateObject())
                {
                    // The contract lists topOfficial under side-activity; it is a function flag.
                    Add(nested, allowCommon: nested.Name == "topOfficial");
                }
            }
            else if (DeclarationTypeNames.TryParse(property.Name, out var other))
            {
                errors.Add($"Het object '{property.Name}' past niet bij type '{type.Name()}'" +
                    (other == type ? "; het moet een JSON-object zijn." : "."));
            }
            else
            {
                Add(property, allowCommon: true);
            }
        }
    }

    private void Add(JsonProperty property, bool allowCommon)
    {
        var isCommon = allowCommon && CommonFields.Contains(property.Name);
        if (!isCommon && !known.Contains(property.Name))
        {
            errors.Add($"Onbekend veld '{property.Name}' bij een {type.DutchLabel()}; toegestaan: {string.Join(", ", CommonFields.Concat(known))}.");
        }
        else if (!values.TryAdd(property.Name, property.Value.Clone()))
        {
            errors.Add($"Het veld '{property.Name}' staat er twee keer in.");
        }
    }

    public DeclarationParseResult Build()
    {
        var declaration = BuildDeclaration();
        var date = Date();
        var input = new DeclarationInput(declaration, date,
            Flag("designatedForFinancialInterests") ?? false, Flag("topOfficial") ?? false, Flag("departmentNoGiftsAtAll") ?? false);
        return errors.Count > 0 ? new DeclarationParseResult(null, errors) : new DeclarationParseResult(input, []);
    }

    // Each answer read by its field's kind and set through the field's own declaration.
    private Declaration BuildDeclaration() => DeclarationFields.Declared(type).Aggregate(DeclarationFields.Empty(type), (declaration, field) => field.Kind switch
    {
        FieldKind.Flag => field.With(declaration, Flag(field.Name)),
        FieldKind.GiftValue => field.With(declaration, Amount(field.Name)),
        FieldKind.Months => field.With(declaration, WholeNumber(field.Name)),
        FieldKind.Choice => field.With(declaration, Choice(field)),
        _ => throw new InvalidOperationException($"Field kind {field.Kind} has no JSON reading."),
    });

    private JsonElement? Value(string name) =>
        values.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private bool? Flag(string name)
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        errors.Add($"Het veld '{name}' moet true of false zijn, niet {v.GetRawText()}.");
        return null;
    }

    private decimal? Amount(string name)
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var amount) && amount >= 0)
        {
            return amount;
        }

        errors.Add($"Het veld '{name}' moet een bedrag in euro's zijn (een getal van 0 of meer), niet {v.GetRawText()}.");
        return null;
    }

    private int? WholeNumber(string name)
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }

        errors.Add($"Het veld '{name}' moet een geheel getal van 0 of meer zijn, niet {v.GetRawText()}.");
        return null;
    }

    private string? Choice(DeclarationField field)
    {
        if (Value(field.Name) is not { } v)
        {
            return null;
        }

        var options = field.Choices.Select(c => c.Value).ToList();
        if (v.ValueKind == JsonValueKind.String && options.Contains(v.GetString()!))
        {
            return v.GetString();
        }

        errors.Add($"Het veld '{field.Name}' moet een van {string.Join(", ", options)} zijn, niet {v.GetRawText()}.");
        return null;
    }

    private DateOnly? Date()
    {
        if (Value("date") is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"Het veld 'date' moet een datum zijn in de vorm \"JJJJ-MM-DD\", niet {v.GetRawText()}.");
        return null;
    }
}
