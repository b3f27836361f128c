using Loket.Web.Identity;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Admin;

/// <summary>
/// A change of roles or of the employee link that waits for a second person (four eyes, BIO2): a
/// sensitive role (integrity officer, confidant, auditor, gemeentesecretaris, administrator) or an
/// account linked to a person opens doors, so one administrator alone cannot do it, not even for a
/// second account of their own. Another administrator or an integrity officer approves; never the
/// requester, never the person whose membership it is. Removing roles needs no approval.
/// </summary>
public sealed class MembershipChange : ITenantOwned
{
    /// <summary>Roles that only four eyes grant.</summary>
    public const Role Sensitive = Role.IntegrityOfficer | Role.Confidant | Role.Auditor | Role.Secretary | Role.Admin;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid MembershipId { get; set; }

    public Membership? Membership { get; set; }

    /// <summary>Roles and link when requested: approval applies only if nobody changed them since.</summary>
    public Role FromRoles { get; set; }

    public Role ToRoles { get; set; }

    public Guid? FromEmployeeId { get; set; }

    public Guid? ToEmployeeId { get; set; }

    public Guid RequestedByUserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public bool Approved { get; set; }

    public bool IsPending => DecidedAt is null;

    public static MembershipChange Request(Membership membership, Role toRoles, Guid? toEmployeeId, Guid requestedBy, DateTimeOffset now) => new()
    {
        TenantId = membership.TenantId,
        MembershipId = membership.Id,
        FromRoles = membership.Roles,
        ToRoles = toRoles,
        FromEmployeeId = membership.EmployeeId,
        ToEmployeeId = toEmployeeId,
        RequestedByUserId = requestedBy,
        RequestedAt = now,
    };

    /// <summary>True when going from one state to the other grants a sensitive role or changes whom the account is.</summary>
    public static bool NeedsApproval(Role fromRoles, Role toRoles, Guid? fromEmployee, Guid? toEmployee) =>
        (toRoles & ~fromRoles & Sensitive) != 0 || (toEmployee is not null && toEmployee != fromEmployee);

    /// <summary>Applies the change to the membership, or says why this person may not.</summary>
    public string? Approve(Membership membership, Guid approverId, Role approverRoles, DateTimeOffset now)
    {
        if (Refusal(membership, approverId, approverRoles) is { } refusal)
        {
            return refusal;
        }

        membership.Roles = ToRoles;
        membership.EmployeeId = ToEmployeeId;
        (DecidedByUserId, DecidedAt, Approved) = (approverId, now, true);
        return null;
    }

    public string? Reject(Guid userId, Role roles, DateTimeOffset now)
    {
        if (!IsPending)
        {
            return "Over deze wijziging is al besloten.";
        }

        if (userId != RequestedByUserId && (roles & (Role.Admin | Role.IntegrityOfficer)) == 0)
        {
            return "Alleen een beheerder of integriteitscoördinator kan deze wijziging afwijzen.";
        }

        (DecidedByUserId, DecidedAt, Approved) = (userId, now, false);
        return null;
    }

    private string? Refusal(Membership membership, Guid approverId, Role approverRoles)
    {
        if (!IsPending)
        {
            return "Over deze wijziging is al besloten.";
        }

        if (approverId == RequestedByUserId)
        {
            return "Je kunt je eigen aanvraag niet goedkeuren; dat doet een tweede persoon.";
        }

        if (approverId == membership.UserId)
        {
            return "Je kunt een wijziging van je eigen rollen of koppeling niet goedkeuren.";
        }

        if ((approverRoles & (Role.Admin | Role.IntegrityOfficer)) == 0)
        {
            return "Alleen een andere beheerder of een integriteitscoördinator keurt deze wijziging goed.";
        }

        return membership.Roles != FromRoles || membership.EmployeeId != FromEmployeeId
            ? "De rollen of de koppeling zijn na deze aanvraag gewijzigd. Wijs haar af en vraag de wijziging opnieuw aan."
            : null;
    }
}
