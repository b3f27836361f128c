namespace Loket.Policy;

/// <summary>
/// One version of one municipality's code of conduct, validated and compiled. Immutable; safe to share
/// between threads and requests. (Not named <c>Policy</c>: inside any <c>Loket.*</c> namespace that
/// simple name binds to the namespace <c>Loket.Policy</c>, error CS0118.)
/// </summary>
public sealed class PolicyVersion
{
    private readonly Dictionary<string, Article> articlesById;

    internal PolicyVersion(PolicyHeader header, IReadOnlyList<Article> articles, PolicyParametersSet parameters, IReadOnlyList<PolicyRule> rules)
    {
        Tenant = header.Tenant;
        TenantName = header.TenantName;
        Version = header.Version;
        EffectiveFrom = header.EffectiveFrom;
        Title = header.Title;
        DocumentDate = header.DocumentDate;
        Source = header.Source;
        SourceFile = header.SourceFile;
        GeneralDutyArticleId = header.GeneralDutyArticleId;
        DepartmentRulesArticleId = header.DepartmentRulesArticleId;
        Articles = articles;
        articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        GiftLimit = parameters.GiftLimit;
        CoolingOffPeriod = parameters.CoolingOffPeriod;
        DesignatedFunctions = parameters.DesignatedFunctions;
        DecisionTerm = parameters.DecisionTerm ?? DecisionTerm.Default;
        GiftDestinations = parameters.GiftDestinations ?? GiftDestinations.Default;
        SuppressionThreshold = parameters.SuppressionThreshold ?? SuppressionThreshold.Default;
        Rules = rules;
        Compiled = PolicyCompiler.Compile(this);
    }

    /// <summary>The tenant slug, e.g. "leiden"; also the folder name under policies/.</summary>
    public string Tenant { get; }

    /// <summary>The municipality's name as people write it, e.g. "'s-Hertogenbosch".</summary>
    public string TenantName { get; }

    /// <summary>The code version; also the file name, e.g. "1.3" for policies/leiden/1.3.yaml.</summary>
    public string Version { get; }

    /// <summary>From this date on the version applies (until a later version takes over).</summary>
    public DateOnly EffectiveFrom { get; }

    public string Title { get; }

    public DateOnly DocumentDate { get; }

    public string Source { get; }

    public string SourceFile { get; }

    /// <summary>The article cited when the code is silent: the general duty to ask when in doubt.</summary>
    public string GeneralDutyArticleId { get; }

    /// <summary>The article that lets departments set stricter rules, when the code has one.</summary>
    public string? DepartmentRulesArticleId { get; }

    /// <summary>Every article the policy cites, in file order, for pages that show the article text.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public GiftLimit? GiftLimit { get; }

    public CoolingOffPeriod? CoolingOffPeriod { get; }

    public DesignatedFunctions? DesignatedFunctions { get; }

    /// <summary>The term for a decision on a declaration; <see cref="DecisionTerm.Default"/> when the code names none.</summary>
    public DecisionTerm DecisionTerm { get; }

    /// <summary>What a manager may decide to do with a gift; every destination when the code says nothing about it.</summary>
    public GiftDestinations GiftDestinations { get; }

    /// <summary>The annual report's smallest count shown; <see cref="SuppressionThreshold.Default"/> when the code names none.</summary>
    public SuppressionThreshold SuppressionThreshold { get; }

    public IReadOnlyList<PolicyRule> Rules { get; }

    internal CompiledPolicy Compiled { get; }

    public Article Article(string id) =>
        articlesById.TryGetValue(id, out var article)
            ? article
            : throw new KeyNotFoundException($"De gedragscode van {TenantName} (versie {Version}) kent geen artikel '{id}'.");

    public bool TryGetArticle(string id, out Article? article) => articlesById.TryGetValue(id, out article);

    public override string ToString() => $"{TenantName} {Version} (van kracht vanaf {EffectiveFrom:yyyy-MM-dd})";
}

/// <summary>The metadata block of a policy file.</summary>
internal sealed record PolicyHeader(
    string Tenant,
    string TenantName,
    string Version,
    DateOnly EffectiveFrom,
    string Title,
    DateOnly DocumentDate,
    string Source,
    string SourceFile,
    string GeneralDutyArticleId,
    string? DepartmentRulesArticleId);

internal sealed record PolicyParametersSet(GiftLimit? GiftLimit, CoolingOffPeriod? CoolingOffPeriod, DesignatedFunctions? DesignatedFunctions, DecisionTerm? DecisionTerm = null, GiftDestinations? GiftDestinations = null)
{
    public SuppressionThreshold? SuppressionThreshold { get; init; }
}
