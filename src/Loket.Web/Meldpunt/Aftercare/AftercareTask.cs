using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;

namespace Loket.Web.Meldpunt.Aftercare;

/// <summary>Whom an aftercare task is for (Leidschendam-Voorburg 2.3: the coordinator sees to the aftercare of the report, the confidant to that of the employee).</summary>
public enum AftercareFor
{
    Reporter,
    PersonConcerned,
    Team,
}

public enum AftercareState
{
    Open,
    Done,
    NotDone,
}

public sealed record AftercareAfterAcknowledgement() : Refusal("Nazorg plan je na de ontvangstbevestiging van de melding.");

public sealed record DescribeAftercare() : Refusal("Beschrijf de taak (hoogstens 2.000 tekens) en wie die doet (hoogstens 200 tekens).");

public sealed record ChooseWhomFor() : Refusal("Kies voor wie de nazorg is.");

public sealed record DueNotInPast() : Refusal("Kies een datum vanaf vandaag, binnen twee jaar.");

public sealed record AftercareFinished() : Refusal("Deze taak is al afgesloten.");

/// <summary>
/// A task of aftercare for the reporter, the person concerned or the team, with who does it and by when;
/// it ends done or not done. What it says and who does it are sealed with the case key (they name people).
/// </summary>
public sealed class AftercareTask : ITenantOwned
{
    public const int LongestTask = 2_000;

    public const int LongestOwner = 200;

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public Guid ReportId { get; private set; }

    public AftercareFor For { get; private set; }

    public byte[] SealedTask { get; private set; } = [];

    public byte[] SealedOwner { get; private set; } = [];

    public DateOnly DueOn { get; private set; }

    public AftercareState State { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public Guid PlannedByUserId { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public Guid? FinishedByUserId { get; private set; }

    public static Outcome<AftercareTask> Plan(Report report, AftercareFor forWhom, string? task, string? owner, DateOnly? dueOn, Sealer seal, Guid by, DateTimeOffset now)
    {
        if (report.AcknowledgedAt is null)
        {
            return new AftercareAfterAcknowledgement();
        }

        if (!Enum.IsDefined(forWhom))
        {
            return new ChooseWhomFor();
        }

        if (string.IsNullOrWhiteSpace(task) || task.Length > LongestTask || string.IsNullOrWhiteSpace(owner) || owner.Trim().Length > LongestOwner)
        {
            return new DescribeAftercare();
        }

        var today = DutchTime.Day(now);
        if (dueOn is not { } due || due < today || due > today.AddYears(2))
        {
            return new DueNotInPast();
        }

        var planned = new AftercareTask
        {
            Id = Guid.CreateVersion7(),
            TenantId = report.TenantId,
            ReportId = report.Id,
            For = forWhom,
            DueOn = due,
            State = AftercareState.Open,
            PlannedAt = now,
            PlannedByUserId = by,
        };
        planned.SealedTask = seal(planned.Id, "task", task.Trim());
        planned.SealedOwner = seal(planned.Id, "owner", owner.Trim());
        return planned;
    }

    /// <summary>Done, or not done (the person declined, the team was reorganised): once, with who recorded it.</summary>
    public Refusal? Finish(bool done, Guid by, DateTimeOffset now)
    {
        if (State != AftercareState.Open)
        {
            return new AftercareFinished();
        }

        (State, FinishedAt, FinishedByUserId) = (done ? AftercareState.Done : AftercareState.NotDone, now, by);
        return null;
    }

    public bool IsOverdue(DateOnly today) => State == AftercareState.Open && DueOn < today;
}
