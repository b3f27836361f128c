using YamlDotNet.RepresentationModel;

namespace Loket.Policy;

/// <summary>
/// Reads the <c>rules</c> section. A rule either states a verdict, obligations, an article and an
/// explanation, or is a silence rule (<c>silent: &lt;topic&gt;</c>) whose answer the engine fixes:
/// Oranje, discuss with your manager, citing the general duty.
/// </summary>
internal sealed class RulesReader(YamlChecker check, Action<string?, YamlNode?> cite, PolicyParametersSet parameters, string tenantName)
{
    private static readonly string[] Stated = ["verdict", "obligations", "article", "explanation"];

    public List<PolicyRule> Read(YamlSequenceNode? list)
    {
        var rules = new List<PolicyRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list?.Children ?? [])
        {
            var map = check.Mapping(item, "regel");
            if (map is null)
            {
                continue;
            }

            var rule = ReadRule(map);
            if (rule is null)
            {
                continue;
            }

            if (!ids.Add(rule.Id))
            {
                check.Error(map, $"regel-id '{rule.Id}' komt twee keer voor");
            }

            rules.Add(rule);
        }

        return rules;
    }

    private PolicyRule? ReadRule(YamlMappingNode map)
    {
        var silent = YamlChecker.Get(map, "silent") is not null;
        check.CheckKeys(map, "een regel", silent ? ["id", "type", "silent"] : ["id", "type", .. Stated], silent ? ["when", "when-any", "unless"] : ["when", "when-any", "unless", "quote"]);
        var id = check.Text(map, "id");
        var typeName = check.Text(map, "type");
        DeclarationType? type = null;
        if (typeName is not null)
        {
            if (DeclarationTypeNames.TryParse(typeName, out var t))
            {
                type = t;
            }
            else
            {
                check.Error(YamlChecker.Get(map, "type")!, $"onbekend type '{typeName}'; kies uit {string.Join(", ", DeclarationTypeNames.AllNames)}");
            }
        }

        var when = type is { } wt ? Conditions(map, "when", wt) : [];
        var any = type is { } at ? Conditions(map, "when-any", at) : [];
        var unless = type is { } ut ? Conditions(map, "unless", ut) : [];
        if (id is null || type is null)
        {
            return null;
        }

        if (silent)
        {
            var topic = check.Text(map, "silent");
            return topic is null ? null : new PolicyRule(id, type.Value, when, any, unless, Verdict.Oranje, [Obligation.DiscussWithManager],
                "", PolicyCompiler.SilenceExplanation(tenantName, topic), IsSilence: true, (int)map.Start.Line);
        }

        var verdict = ReadVerdict(map);
        var obligations = ReadObligations(map);
        var article = check.Text(map, "article");
        cite(article, YamlChecker.Get(map, "article"));
        var explanation = check.Text(map, "explanation");
        var quote = check.Text(map, "quote");
        return verdict is null || obligations is null || article is null || explanation is null
            ? null
            : new PolicyRule(id, type.Value, when, any, unless, verdict.Value, obligations, article, explanation, IsSilence: false, (int)map.Start.Line, quote);
    }

    private Verdict? ReadVerdict(YamlMappingNode map)
    {
        var text = check.Text(map, "verdict");
        if (text is null)
        {
            return null;
        }

        if (VerdictNames.TryParse(text, out var verdict))
        {
            return verdict;
        }

        check.Error(YamlChecker.Get(map, "verdict")!, $"onbekend oordeel '{text}'; kies uit groen, oranje, rood");
        return null;
    }

    private List<Obligation>? ReadObligations(YamlMappingNode map)
    {
        var node = check.Sequence(YamlChecker.Get(map, "obligations"), "obligations");
        if (node is null)
        {
            return null;
        }

        var result = new List<Obligation>();
        foreach (var (value, item) in check.Scalars(node, "obligations"))
        {
            if (ObligationNames.TryParse(value, out var obligation))
            {
                result.Add(obligation);
            }
            else
            {
                check.Error(item, $"onbekende verplichting '{value}'; kies uit {string.Join(", ", ObligationNames.All.Select(o => o.Name()))}");
            }
        }

        return result;
    }

    private List<RuleCondition> Conditions(YamlMappingNode rule, string key, DeclarationType type)
    {
        var map = check.Mapping(YamlChecker.Get(rule, key), key);
        if (map is null)
        {
            return [];
        }

        var fields = DeclarationFields.For(type);
        var result = new List<RuleCondition>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = fields.FirstOrDefault(f => f.Name == name);
            if (field is null)
            {
                check.Error(keyNode, $"onbekend veld '{name}' voor type {type.Name()}; kies uit {string.Join(", ", fields.Select(f => f.Name))}");
                continue;
            }

            var values = new List<string>();
            foreach (var (value, node) in check.Scalars(valueNode, name))
            {
                if (field.Values.Contains(value))
                {
                    values.Add(value);
                }
                else
                {
                    check.Error(node, $"onbekende waarde '{value}' voor veld '{name}'; kies uit {string.Join(", ", field.Values)}");
                }
            }

            RequireParameter(field, keyNode);
            result.Add(new RuleCondition(name, values));
        }

        return result;
    }

    private void RequireParameter(FieldDefinition field, YamlNode node)
    {
        if (field.Kind == FieldKind.GiftValue && parameters.GiftLimit is null)
        {
            check.Error(node, "een regel over 'valueEur' vraagt om 'parameters: gift-limit'");
        }

        if (field.Kind == FieldKind.Months && parameters.CoolingOffPeriod is null)
        {
            check.Error(node, "een regel over 'monthsSinceLeaving' vraagt om 'parameters: cooling-off-period'");
        }
    }
}
