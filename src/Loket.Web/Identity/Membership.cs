using Loket.Web.Identity.Accounts;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;

namespace Loket.Web.Identity;

/// <summary>
/// A user's roles in one municipality, optionally linked to the employee record they are. Opened by
/// <see cref="Open"/> and changed by <see cref="ChangeRoles"/>: what needs a second person
/// (<see cref="MembershipChange.NeedsApproval"/>) waits as a <see cref="MembershipChange"/>, and only its
/// approval applies it.
/// </summary>
public sealed class Membership : ITenantOwned
{
    private Membership()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; private set; }

    public UserAccount? User { get; private set; }

    public Guid? EmployeeId { get; private set; }

    public Employee? Employee { get; private set; }

    public Role Roles { get; private set; }

    /// <summary>
    /// A new account's membership, opened by an administrator: what one person may grant applies now;
    /// sensitive roles and the link to a person wait as the returned change, so an administrator cannot
    /// make an officer's or auditor's account for themselves.
    /// </summary>
    public static (Membership Membership, MembershipChange? Waiting) Open(Guid tenantId, Role roles, Guid? employeeId, Guid openedBy, DateTimeOffset now)
    {
        var membership = new Membership { TenantId = tenantId, Roles = roles & ~MembershipChange.Sensitive };
        var waiting = MembershipChange.NeedsApproval(membership.Roles, roles, null, employeeId)
            ? MembershipChange.Request(membership, roles, employeeId, openedBy, now)
            : null;
        return (membership, waiting);
    }

    /// <summary>
    /// A membership set up where no administrator acts and so no second one can look: the demo's
    /// fixed accounts (demo mode only) and test fixtures.
    /// </summary>
    public static Membership Preset(Guid tenantId, Role roles, Guid? employeeId, Guid userId = default) =>
        new() { TenantId = tenantId, Roles = roles, EmployeeId = employeeId, UserId = userId };

    /// <summary>
    /// New roles chosen by <paramref name="changedBy"/>: applied now (value null), or a change that waits
    /// for a second person (value), or refused.
    /// </summary>
    public Outcome<MembershipChange?> ChangeRoles(Role roles, Guid changedBy, MembershipChange? waiting, DateTimeOffset now)
    {
        // An administrator cannot lock the municipality out of its own administration by accident.
        if (UserId == changedBy && Roles.HasFlag(Role.Admin) && !roles.HasFlag(Role.Admin))
        {
            return new OwnAdminRole();
        }

        if (!MembershipChange.NeedsApproval(Roles, roles, EmployeeId, EmployeeId))
        {
            Roles = roles;
            return (MembershipChange?)null;
        }

        return waiting is not null ? new ChangeAlreadyWaiting() : MembershipChange.Request(this, roles, EmployeeId, changedBy, now);
    }

    /// <summary>Applies an approved change (only <see cref="MembershipChange.Approve"/> calls this).</summary>
    internal void Apply(Role roles, Guid? employeeId) => (Roles, EmployeeId) = (roles, employeeId);
}

public sealed record OwnAdminRole() : Refusal("Je kunt je eigen beheerdersrol niet intrekken; laat dat een andere beheerder doen.");

public sealed record ChangeAlreadyWaiting() : Refusal("Er wacht al een wijziging van deze rollen op goedkeuring. Laat die eerst goedkeuren of afwijzen.");
