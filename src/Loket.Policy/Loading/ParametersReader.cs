using YamlDotNet.RepresentationModel;

namespace Loket.Policy;

/// <summary>Reads the <c>parameters</c> section: gift limit, cooling-off period, designated functions, decision term, gift destinations.</summary>
internal sealed class ParametersReader(YamlChecker check, Action<string?, YamlNode?> cite)
{
    public PolicyParametersSet Read(YamlMappingNode? map)
    {
        if (map is null)
        {
            return new PolicyParametersSet(null, null, null);
        }

        check.CheckKeys(map, "parameters", [], ["gift-limit", "cooling-off-period", "designated-functions", "decision-term", "gift-destinations", "annual-report"]);
        return new PolicyParametersSet(
            GiftLimit(check.Mapping(YamlChecker.Get(map, "gift-limit"), "gift-limit")),
            CoolingOff(check.Mapping(YamlChecker.Get(map, "cooling-off-period"), "cooling-off-period")),
            Designated(check.Mapping(YamlChecker.Get(map, "designated-functions"), "designated-functions")),
            Term(check.Mapping(YamlChecker.Get(map, "decision-term"), "decision-term")),
            Destinations(check.Mapping(YamlChecker.Get(map, "gift-destinations"), "gift-destinations")))
        {
            SuppressionThreshold = Threshold(check.Mapping(YamlChecker.Get(map, "annual-report"), "annual-report")),
        };
    }

    private GiftLimit? GiftLimit(YamlMappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        check.CheckKeys(map, "gift-limit", ["amount", "accept", "wording", "article"], []);
        var amount = check.Amount(map, "amount");
        var accept = check.Text(map, "accept");
        var wording = check.Text(map, "wording");
        var article = Article(map);
        GiftLimitKind? kind = accept switch
        {
            "below" => GiftLimitKind.AcceptOnlyBelow,
            "up-to" => GiftLimitKind.RefuseAbove,
            null => null,
            _ => null,
        };
        if (accept is not null && kind is null)
        {
            check.Error(YamlChecker.Get(map, "accept")!, $"'accept' moet 'below' (\"minder dan\") of 'up-to' (\"niet meer dan\") zijn, niet '{accept}'");
        }

        return amount is { } a && kind is { } k && wording is not null && article is not null ? new GiftLimit(a, k, wording, article) : null;
    }

    private CoolingOffPeriod? CoolingOff(YamlMappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        check.CheckKeys(map, "cooling-off-period", ["months", "wording", "article"], []);
        var months = check.WholeNumber(map, "months");
        var wording = check.Text(map, "wording");
        var article = Article(map);
        return months is { } m && wording is not null && article is not null ? new CoolingOffPeriod(m, wording, article) : null;
    }

    private DesignatedFunctions? Designated(YamlMappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        check.CheckKeys(map, "designated-functions", ["article", "functions"], []);
        var article = Article(map);
        var functions = check.Sequence(YamlChecker.Get(map, "functions"), "functions");
        var names = functions is null ? [] : check.Scalars(functions, "functions").Select(f => f.Value).ToList();
        return article is not null && names.Count > 0 ? new DesignatedFunctions(article, names) : null;
    }

    private DecisionTerm? Term(YamlMappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        check.CheckKeys(map, "decision-term", ["working-days"], ["article"]);
        var days = check.WholeNumber(map, "working-days");
        if (days is < 1 or > 60)
        {
            check.Error(YamlChecker.Get(map, "working-days")!, $"'working-days' moet tussen 1 en 60 liggen, niet {days}");
            return null;
        }

        var article = YamlChecker.Get(map, "article") is null ? null : Article(map);
        return days is { } d ? new DecisionTerm(d, article) : null;
    }

    private SuppressionThreshold? Threshold(YamlMappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        check.CheckKeys(map, "annual-report", ["suppress-below"], []);
        var count = check.WholeNumber(map, "suppress-below");
        if (count is < SuppressionThreshold.Lowest or > SuppressionThreshold.Highest)
        {
            check.Error(YamlChecker.Get(map, "suppress-below")!,
                $"'suppress-below' moet tussen {SuppressionThreshold.Lowest} en {SuppressionThreshold.Highest} liggen, niet {count}");
            return null;
        }

        return count is { } k ? new SuppressionThreshold(k) : null;
    }

    private GiftDestinations? Destinations(YamlMappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        check.CheckKeys(map, "gift-destinations", ["allowed", "article"], []);
        var article = Article(map);
        var sequence = check.Sequence(YamlChecker.Get(map, "allowed"), "allowed");
        var allowed = new List<GiftDestination>();
        foreach (var (name, node) in sequence is null ? [] : check.Scalars(sequence, "allowed"))
        {
            if (GiftDestinationNames.TryParse(name, out var destination))
            {
                allowed.Add(destination);
            }
            else
            {
                check.Error(node, $"onbekende bestemming '{name}'; toegestaan: {string.Join(", ", GiftDestinationNames.All)}");
            }
        }

        return article is not null && allowed.Count > 0 ? new GiftDestinations([.. allowed.Distinct()], article) : null;
    }

    private string? Article(YamlMappingNode map)
    {
        var article = check.Text(map, "article");
        cite(article, YamlChecker.Get(map, "article"));
        return article;
    }
}
