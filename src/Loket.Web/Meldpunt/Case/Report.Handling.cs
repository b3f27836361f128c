using Loket.Web.Identity;
using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Meldpunt.Case;

// Who handles and who sees the case: access is earned by a step recorded with who, when and why.
public sealed partial class Report
{
    /// <summary>An unassigned case taken by an integrity officer, with the reason in the row and the trail.</summary>
    public Refusal? Take(Guid officer, Role roles, string? reason, DateTimeOffset now)
    {
        if ((roles & Role.IntegrityOfficer) == 0)
        {
            return new OnlyOfficersTakeCases();
        }

        if (Handlers.Any(h => h.UserId == officer))
        {
            return new AlreadyHandling();
        }

        if (Handlers.Count > 0)
        {
            return new CaseHasHandler();
        }

        if (StatedReason.Check(reason) is { } refusal)
        {
            return refusal;
        }

        Handlers.Add(new ReportHandler { TenantId = TenantId, ReportId = Id, UserId = officer, AssignedAt = now, Reason = reason!.Trim() });
        return null;
    }

    /// <summary>
    /// The coordinator's assignment. <paramref name="assignable"/> are the officers the case may go to
    /// (not involved, not already handling, not the coordinator: <see cref="HandlerCandidates"/>).
    /// </summary>
    public Refusal? Assign(Guid handler, Guid coordinator, IReadOnlyCollection<Guid> assignable, DateTimeOffset now)
    {
        if (!assignable.Contains(handler) || handler == coordinator || Handlers.Any(h => h.UserId == handler))
        {
            return new NotAssignable();
        }

        Handlers.Add(new ReportHandler { TenantId = TenantId, ReportId = Id, UserId = handler, AssignedAt = now, AssignedByUserId = coordinator });
        return null;
    }

    /// <summary>The officer who records an oral report handles it: they heard it.</summary>
    public void RecordedOrallyBy(Guid officer, DateTimeOffset now) =>
        Handlers.Add(new ReportHandler { TenantId = TenantId, ReportId = Id, UserId = officer, AssignedAt = now });

    /// <summary>
    /// Who may open the content with a reason: an integrity officer, or whom the code gives the decision,
    /// or anyone of the desk once the reporter asked for a review; never just by holding a role.
    /// </summary>
    public bool MayAskAccess(Role roles, Procedures.Procedure procedure) =>
        (roles & Role.IntegrityOfficer) != 0 || (roles & procedure.Decider) != 0 || ReviewRequestedAt is not null;

    public Outcome<AccessGrant> GrantAccess(Guid user, Role roles, Procedures.Procedure procedure, string? reason, DateTimeOffset now)
    {
        if (!MayAskAccess(roles, procedure))
        {
            return new NoGroundForAccess(procedure.DeciderSource);
        }

        if (StatedReason.Check(reason) is { } refusal)
        {
            return refusal;
        }

        return new AccessGrant { TenantId = TenantId, ReportId = Id, UserId = user, Reason = reason!.Trim(), At = now };
    }

    /// <summary>Only a retaliation report under a code with its own list has a checklist, and only that list's forms can be ticked.</summary>
    public Refusal? TickRetaliationForms(IReadOnlyCollection<RetaliationForm> forms, Procedures.Procedure procedure)
    {
        var offered = procedure.Retaliation.Checklist.Select(c => c.Form).ToHashSet();
        if (Category != ReportCategory.Retaliation || offered.Count == 0 || !forms.All(offered.Contains))
        {
            return new NotOnChecklist();
        }

        RetaliationForms = forms.Aggregate(RetaliationForm.None, (all, f) => all | f);
        return null;
    }

    /// <summary>
    /// An officer who sees the case (so is not a candidate) records whether a possibly meant person was
    /// meant; all tags of that person move together. Returns one of them, for the note in the case file.
    /// </summary>
    public Outcome<InvolvedTag> ResolveInvolved(Guid? group, bool meant, string? reason, Guid officer, DateTimeOffset now)
    {
        var rows = Involved.Where(i => i.Group == group && i.Meant is null).ToList();
        if (rows.Count == 0)
        {
            return Involved.Any(i => i.Group == group) ? new AlreadyResolved() : new NoOneToResolve();
        }

        if (StatedReason.Check(reason) is { } refusal)
        {
            return refusal;
        }

        rows.ForEach(i => i.Resolve(meant, officer, now));
        return rows[0];
    }
}
