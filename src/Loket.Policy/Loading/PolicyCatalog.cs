namespace Loket.Policy;

/// <summary>
/// Every tenant's code versions, loaded and validated from <c>policies/&lt;slug&gt;/&lt;version&gt;.yaml</c>.
/// Immutable after loading; load once and share.
/// </summary>
public sealed class PolicyCatalog
{
    private readonly Dictionary<string, TenantPolicies> byTenant;

    private PolicyCatalog(IEnumerable<TenantPolicies> tenants)
    {
        Tenants = [.. tenants.OrderBy(t => t.Tenant, StringComparer.Ordinal)];
        byTenant = Tenants.ToDictionary(t => t.Tenant, StringComparer.Ordinal);
    }

    public IReadOnlyList<TenantPolicies> Tenants { get; }

    /// <summary>
    /// Loads and validates every policy file under <paramref name="policiesRoot"/>. Throws a
    /// <see cref="PolicyLoadException"/> listing every <c>file:line</c> error if any file is invalid.
    /// </summary>
    public static PolicyCatalog LoadDirectory(string policiesRoot)
    {
        if (!Directory.Exists(policiesRoot))
        {
            throw new PolicyLoadException($"De map met gedragscodes '{policiesRoot}' bestaat niet.");
        }

        var errors = new List<PolicyError>();
        var tenants = new List<TenantPolicies>();
        foreach (var folder in Directory.GetDirectories(policiesRoot).Order(StringComparer.Ordinal))
        {
            var versions = new List<PolicyVersion>();
            foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var result = PolicyFile.Load(path);
                errors.AddRange(result.Errors);
                if (result.Policy is { } policy)
                {
                    versions.Add(policy);
                }
            }

            errors.AddRange(DuplicateDates(versions));
            if (versions.Count > 0)
            {
                var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
                tenants.Add(new TenantPolicies(ordered[0].Tenant, ordered[^1].TenantName, ordered));
            }
        }

        return errors.Count > 0 ? throw new PolicyLoadException(errors) : new PolicyCatalog(tenants);
    }

    /// <summary>Builds a catalog from policies already read (tests, or policies kept elsewhere).</summary>
    public static PolicyCatalog From(IEnumerable<PolicyVersion> policies)
    {
        var list = policies.ToList();
        var errors = list.GroupBy(p => p.Tenant).SelectMany(g => DuplicateDates(g.ToList())).ToList();
        return errors.Count > 0
            ? throw new PolicyLoadException(errors)
            : new PolicyCatalog(list.GroupBy(p => p.Tenant).Select(g =>
            {
                var ordered = g.OrderBy(v => v.EffectiveFrom).ToList();
                return new TenantPolicies(g.Key, ordered[^1].TenantName, ordered);
            }));
    }

    public bool Contains(string tenantSlug) => byTenant.ContainsKey(tenantSlug);

    /// <summary>
    /// The version in force on <paramref name="date"/>: the one whose effective date is the latest on or
    /// before it. Throws <see cref="PolicyNotInForceException"/> with a Dutch message when there is none.
    /// </summary>
    public PolicyVersion InForce(string tenantSlug, DateOnly date)
    {
        if (!byTenant.TryGetValue(tenantSlug, out var tenant))
        {
            throw new PolicyNotInForceException(
                $"Onbekende gemeente '{tenantSlug}'; bekend zijn: {string.Join(", ", byTenant.Keys.Order(StringComparer.Ordinal))}.");
        }

        return tenant.InForce(date) ?? throw new PolicyNotInForceException(
            $"Op {date:dd-MM-yyyy} was er nog geen gedragscode van {tenant.TenantName} van kracht; de eerste versie geldt vanaf {tenant.Versions[0].EffectiveFrom:dd-MM-yyyy}.");
    }

    /// <summary>Selects the version in force on the context's date and evaluates the declaration.</summary>
    public Evaluation Evaluate(string tenantSlug, Declaration declaration, EvaluationContext context) =>
        PolicyEvaluator.Evaluate(InForce(tenantSlug, context.Date), declaration, context);

    private static IEnumerable<PolicyError> DuplicateDates(List<PolicyVersion> versions) =>
        versions.GroupBy(v => v.EffectiveFrom).Where(g => g.Count() > 1).Select(g => new PolicyError(
            g.Last().SourceFile, 1,
            $"twee versies van {g.Key:yyyy-MM-dd}: {string.Join(", ", g.Select(v => v.Version))}; elke versie heeft een eigen ingangsdatum"));
}
