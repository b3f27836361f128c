namespace Loket.Policy;

/// <summary>All versions of one municipality's code, oldest first.</summary>
public sealed record TenantPolicies(string Tenant, string TenantName, IReadOnlyList<PolicyVersion> Versions)
{
    /// <summary>The version whose effective date is the latest on or before <paramref name="date"/>, or null.</summary>
    public PolicyVersion? InForce(DateOnly date)
    {
        PolicyVersion? found = null;
        foreach (var version in Versions)
        {
            if (version.EffectiveFrom <= date)
            {
                found = version;
            }
        }

        return found;
    }
}
