using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Identity.Accounts;

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

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid MembershipId { get; private set; }

    public Membership? Membership { get; private set; }

    /// <summary>Roles and link when requested: approval applies only if nobody changed them since.</summary>
    public Role FromRoles { get; private set; }

    public Role ToRoles { get; private set; }

    public Guid? FromEmployeeId { get; private set; }

    public Guid? ToEmployeeId { get; private set; }

    public Guid RequestedByUserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool Approved { get; private set; }

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

    private MembershipChange()
    {
    }

    /// <summary>Applies the change to the membership, or says why this person may not.</summary>
    public Refusal? Approve(Membership membership, Guid approverId, Role approverRoles, DateTimeOffset now)
    {
        if (Refusal(membership, approverId, approverRoles) is { } refusal)
        {
            return refusal;
        }

        membership.Apply(ToRoles, ToEmployeeId);
        (DecidedByUserId, DecidedAt, Approved) = (approverId, now, true);
        return null;
    }

    public Refusal? Reject(Guid userId, Role roles, DateTimeOffset now)
    {
        if (!IsPending)
        {
            return new ChangeAlreadyDecided();
        }

        if (userId != RequestedByUserId && (roles & (Role.Admin | Role.IntegrityOfficer)) == 0)
        {
            return new NotAllowedToReject();
        }

        (DecidedByUserId, DecidedAt, Approved) = (userId, now, false);
        return null;
    }

    private Refusal? Refusal(Membership membership, Guid approverId, Role approverRoles)
    {
        if (!IsPending)
        {
            return new ChangeAlreadyDecided();
        }

        if (approverId == RequestedByUserId)
        {
            return new OwnRequest();
        }

        if (approverId == membership.UserId)
        {
            return new OwnMembership();
        }

        if ((approverRoles & (Role.Admin | Role.IntegrityOfficer)) == 0)
        {
            return new NotAnApprover();
        }

        return membership.Roles != FromRoles || membership.EmployeeId != FromEmployeeId ? new ChangedSinceRequest() : null;
    }
}

public sealed record ChangeAlreadyDecided() : Refusal("Over deze wijziging is al besloten.");

public sealed record NotAllowedToReject() : Refusal("Alleen een beheerder of integriteitscoördinator kan deze wijziging afwijzen.");

public sealed record OwnRequest() : Refusal("Je kunt je eigen aanvraag niet goedkeuren; dat doet een tweede persoon.");

public sealed record OwnMembership() : Refusal("Je kunt een wijziging van je eigen rollen of koppeling niet goedkeuren.");

public sealed record NotAnApprover() : Refusal("Alleen een andere beheerder of een integriteitscoördinator keurt deze wijziging goed.");

public sealed record ChangedSinceRequest() : Refusal("De rollen of de koppeling zijn na deze aanvraag gewijzigd. Wijs haar af en vraag de wijziging opnieuw aan.");
