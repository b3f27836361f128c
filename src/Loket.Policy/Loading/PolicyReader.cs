using YamlDotNet.RepresentationModel;

namespace Loket.Policy;

/// <summary>Reads the sections of a policy file into the model; <see cref="PolicyFile"/> owns the entry.</summary>
internal sealed class PolicyReader(YamlChecker check, string file)
{
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);
    private readonly List<(string Id, YamlNode Node)> citations = [];

    public PolicyVersion? Read(YamlMappingNode root, string? expectedTenant, string? expectedVersion)
    {
        var tenant = check.Text(root, "tenant");
        var name = check.Text(root, "name");
        var version = check.Text(root, "version");
        var effective = check.Date(root, "effective-from");
        var title = check.Text(root, "title");
        var date = check.Date(root, "date");
        var source = check.Text(root, "source");
        var generalDuty = check.Text(root, "general-duty");
        var departmentArticle = check.Text(root, "department-rules-article");
        if (tenant is not null && expectedTenant is not null && tenant != expectedTenant)
        {
            check.Error(YamlChecker.Get(root, "tenant")!, $"tenant '{tenant}' komt niet overeen met de map '{expectedTenant}'");
        }

        if (version is not null && expectedVersion is not null && version != expectedVersion)
        {
            check.Error(YamlChecker.Get(root, "version")!, $"version '{version}' komt niet overeen met de bestandsnaam '{expectedVersion}.yaml'");
        }

        ReadArticles(check.Sequence(YamlChecker.Get(root, "articles"), "articles"));
        Cite(generalDuty, YamlChecker.Get(root, "general-duty"));
        Cite(departmentArticle, YamlChecker.Get(root, "department-rules-article"));
        var parameters = new ParametersReader(check, Cite).Read(check.Mapping(YamlChecker.Get(root, "parameters"), "parameters"));
        var rules = new RulesReader(check, Cite, parameters, name ?? tenant ?? "?").Read(check.Sequence(YamlChecker.Get(root, "rules"), "rules"));

        foreach (var (id, node) in citations.Where(c => !articles.ContainsKey(c.Id)))
        {
            check.Error(node, $"artikel '{id}' wordt geciteerd maar staat niet onder 'articles'");
        }

        if (check.Errors.Count > 0 || tenant is null || name is null || version is null || effective is null
            || title is null || date is null || source is null || generalDuty is null)
        {
            return null;
        }

        var header = new PolicyHeader(tenant, name, version, effective.Value, title, date.Value, source, file, generalDuty, departmentArticle);
        return new PolicyVersion(header, [.. articles.Values], parameters, rules);
    }

    private void Cite(string? articleId, YamlNode? node)
    {
        if (articleId is not null && node is not null)
        {
            citations.Add((articleId, node));
        }
    }

    private void ReadArticles(YamlSequenceNode? list)
    {
        if (list is null)
        {
            return;
        }

        foreach (var item in list)
        {
            var map = check.Mapping(item, "artikel");
            if (map is null)
            {
                continue;
            }

            check.CheckKeys(map, "een artikel", ["id", "title", "excerpt"], ["law"]);
            var id = check.Text(map, "id");
            var title = check.Text(map, "title");
            var excerpt = check.Text(map, "excerpt");
            var law = check.Boolean(map, "law") ?? false;
            if (id is null || title is null || excerpt is null)
            {
                continue;
            }

            if (!articles.TryAdd(id, new Article(id, title, excerpt, law)))
            {
                check.Error(map, $"artikel '{id}' staat twee keer onder 'articles'");
            }
        }
    }
}
