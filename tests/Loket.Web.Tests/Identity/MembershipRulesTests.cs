using Loket.Web.Identity;
using Loket.Web.Identity.Accounts;

namespace Loket.Web.Tests.Identity;

/// <summary>Each rule of a membership's life, once (Identity/Membership, Identity/Accounts/MembershipChange).</summary>
public sealed class MembershipRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private static readonly Guid Admin = Guid.CreateVersion7();

    [Fact]
    public void A_new_account_gets_ordinary_roles_at_once_and_waits_for_sensitive_roles_and_a_link_to_a_person()
    {
        var employee = Guid.CreateVersion7();

        var (membership, waiting) = Membership.Open(Tenant, Role.Employee | Role.Auditor, employee, Admin, Now);
        var (plain, none) = Membership.Open(Tenant, Role.Employee | Role.Manager, null, Admin, Now);

        Assert.Equal((Role.Employee, (Guid?)null), (membership.Roles, membership.EmployeeId));
        Assert.Equal((Role.Employee | Role.Auditor, (Guid?)employee, Admin), (waiting!.ToRoles, waiting.ToEmployeeId, waiting.RequestedByUserId));
        Assert.Equal(Role.Employee | Role.Manager, plain.Roles);
        Assert.Null(none);
    }

    [Fact]
    public void Ordinary_roles_change_at_once_a_sensitive_role_waits_and_only_one_change_waits_at_a_time()
    {
        var membership = Membership.Preset(Tenant, Role.Employee, null, userId: Guid.CreateVersion7());

        var ordinary = membership.ChangeRoles(Role.Employee | Role.Manager, Admin, waiting: null, Now);
        var sensitive = membership.ChangeRoles(Role.Employee | Role.Confidant, Admin, waiting: null, Now);
        var second = membership.ChangeRoles(Role.Employee | Role.Auditor, Admin, waiting: sensitive.Value, Now);

        Assert.Null(ordinary.Value);
        Assert.False(ordinary.IsRefused);
        Assert.Equal(Role.Employee | Role.Confidant, sensitive.Value!.ToRoles);
        Assert.Equal(Role.Employee | Role.Manager, membership.Roles);
        Assert.IsType<ChangeAlreadyWaiting>(second.Refusal);
    }

    [Fact]
    public void An_administrator_cannot_take_away_her_own_administrator_role()
    {
        var own = Membership.Preset(Tenant, Role.Admin | Role.Employee, null, userId: Admin);

        Assert.IsType<OwnAdminRole>(own.ChangeRoles(Role.Employee, Admin, waiting: null, Now).Refusal);
        Assert.Equal(Role.Admin | Role.Employee, own.Roles);
    }

    [Fact]
    public void A_rejection_is_for_the_requester_or_an_administrator_or_officer_and_happens_once()
    {
        var membership = Membership.Preset(Tenant, Role.Employee, null, userId: Guid.CreateVersion7());
        var change = membership.ChangeRoles(Role.Employee | Role.Secretary, Admin, waiting: null, Now).Value!;

        Assert.IsType<NotAllowedToReject>(change.Reject(Guid.CreateVersion7(), Role.Employee, Now));
        Assert.Null(change.Reject(Admin, Role.Employee, Now));
        Assert.IsType<ChangeAlreadyDecided>(change.Reject(Admin, Role.Admin, Now));
        Assert.Equal(Role.Employee, membership.Roles);
    }
}
