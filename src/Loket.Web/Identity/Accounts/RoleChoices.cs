
namespace Loket.Web.Identity.Accounts;

/// <summary>The roles an administrator can grant, in the order they are shown.</summary>
public static class RoleChoices
{
    public static readonly Role[] All = [.. Enum.GetValues<Role>().Where(r => r != Role.None)];

    /// <summary>Turns the checkbox values into flags; unknown names (a tampered form) are ignored.</summary>
    public static Role Parse(IEnumerable<string>? names) =>
        (names ?? []).Aggregate(Role.None, (roles, name) => Enum.TryParse<Role>(name, out var role) && All.Contains(role) ? roles | role : roles);
}
