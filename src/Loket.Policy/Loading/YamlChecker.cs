using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Loket.Policy;

/// <summary>
/// Small typed readers over YamlDotNet's representation model that collect Dutch <c>file:line</c>
/// errors instead of throwing, so one run reports every problem in a file.
/// </summary>
internal sealed class YamlChecker(string file)
{
    private readonly List<PolicyError> errors = [];

    public IReadOnlyList<PolicyError> Errors => errors;

    public void Error(YamlNode node, string message) => errors.Add(new PolicyError(file, (int)node.Start.Line, message));

    public void Error(int line, string message) => errors.Add(new PolicyError(file, line, message));

    /// <summary>Reports unknown and missing keys of a mapping.</summary>
    public void CheckKeys(YamlMappingNode map, string where, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!seen.Add(name))
            {
                Error(key, $"sleutel '{name}' staat twee keer in {where}");
            }
            else if (!required.Contains(name) && !optional.Contains(name))
            {
                Error(key, $"onbekende sleutel '{name}' in {where}; toegestaan: {string.Join(", ", required.Concat(optional))}");
            }
        }

        foreach (var name in required.Where(r => !seen.Contains(r)))
        {
            Error(map, $"sleutel '{name}' ontbreekt in {where}");
        }
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"'{what}' moet een mapping zijn (sleutel: waarde)");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(node, $"'{what}' moet een lijst zijn");
        return null;
    }

    public string? Text(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Error(node, $"'{key}' moet een niet-lege tekst zijn");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value }
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, $"'{key}' moet een datum zijn in de vorm JJJJ-MM-DD");
        return null;
    }

    public decimal? Amount(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value }
            && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        Error(node, $"'{key}' moet een bedrag zijn, bijvoorbeeld 50 of 49.99");
        return null;
    }

    public int? WholeNumber(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"'{key}' moet een geheel getal zijn");
        return null;
    }

    public bool? Boolean(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Error(node, $"'{key}' moet true of false zijn");
        return null;
    }

    /// <summary>A scalar or a list of scalars, e.g. <c>form: money</c> or <c>form: [money, voucher]</c>.</summary>
    public List<(string Value, YamlNode Node)> Scalars(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return [(value, node)];
            case YamlSequenceNode seq:
                var list = new List<(string, YamlNode)>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } v })
                    {
                        list.Add((v, item));
                    }
                    else
                    {
                        Error(item, $"'{what}' mag alleen losse waarden bevatten");
                    }
                }

                return list;
            default:
                Error(node, $"'{what}' moet een waarde of een lijst van waarden zijn");
                return [];
        }
    }
}
