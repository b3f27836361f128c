using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Investigation;

// Hearing everyone, then both sides on the draft findings, then the report and the conclusion.
public sealed partial class CaseInvestigation
{
    /// <summary>
    /// An interview with its record. The person concerned is heard only after being informed; others only
    /// once the person concerned is informed or the postponement is recorded. No interview after the draft.
    /// </summary>
    public Outcome<Interview> RecordInterview(IntervieweeRole role, string? interviewee, DateOnly? heldOn, bool adviserPresent, string? record,
        Sealer seal, Guid by, DateTimeOffset now)
    {
        if (Assigned() is { } refusal)
        {
            return refusal;
        }

        if (DraftSharedAt is not null)
        {
            return new DraftAlreadyShared();
        }

        if (role == IntervieweeRole.PersonConcerned && !IsInformed)
        {
            return new InformBeforeInterview();
        }

        if (!IsInformed && PostponedAt is null)
        {
            return new InformOrPostponeFirst();
        }

        if (!Fits(interviewee))
        {
            return new NameTheInterviewee();
        }

        if (!FitsText(record))
        {
            return new WriteTheRecord();
        }

        if (InDays(heldOn, AssignedAt!.Value, now) is { } badDay)
        {
            return badDay;
        }

        var interview = new Interview
        {
            Id = Guid.CreateVersion7(),
            TenantId = TenantId,
            InvestigationId = Id,
            Role = role,
            HeldOn = heldOn!.Value,
            AdviserPresent = adviserPresent,
            RecordedByUserId = by,
            RecordedAt = now,
        };
        interview.SealedInterviewee = seal(interview.Id, "interviewee", interviewee!.Trim());
        interview.SealedRecord = seal(interview.Id, "record", record!.Trim());
        Interviews.Add(interview);
        return interview;
    }

    /// <summary>The interviewee read the record (read out in a meeting, or sent to them); from then on they may react.</summary>
    public Refusal? ShowRecord(Guid interviewId, RecordShownHow how, DateTimeOffset now)
    {
        if (Find(interviewId) is not { } interview)
        {
            return new NoSuchInterview();
        }

        if (interview.ShownAt is not null)
        {
            return new RecordAlreadyShown();
        }

        (interview.ShownAt, interview.ShownHow) = (now, how);
        return null;
    }

    /// <summary>The interviewee's reaction: agreement, and any correction or addition in their own words, kept beside the record.</summary>
    public Refusal? RecordReaction(Guid interviewId, bool agrees, string? correction, Sealer seal, DateTimeOffset now)
    {
        if (Find(interviewId) is not { } interview)
        {
            return new NoSuchInterview();
        }

        if (interview.ShownAt is null)
        {
            return new ShowRecordFirst();
        }

        if (interview.ReactedAt is not null)
        {
            return new AlreadyReacted();
        }

        if (correction is { Length: > LongestText })
        {
            return new WriteTheText();
        }

        (interview.ReactedAt, interview.AgreesWithRecord) = (now, agrees);
        interview.SealedCorrection = string.IsNullOrWhiteSpace(correction) ? null : seal(interview.Id, "correction", correction.Trim());
        return null;
    }

    /// <summary>
    /// The draft findings go to the person concerned (hoor en wederhoor), only once they were heard and every
    /// interviewee could read their record; the term to react is at least <see cref="ShortestReactionTerm"/> days.
    /// </summary>
    public Refusal? ShareDraft(string? draft, DateOnly? reactionDue, Sealer seal, DateTimeOffset now)
    {
        if (Assigned() is { } refusal)
        {
            return refusal;
        }

        if (DraftSharedAt is not null)
        {
            return new DraftAlreadyShared();
        }

        if (!IsInformed || !Interviews.Any(i => i.Role == IntervieweeRole.PersonConcerned))
        {
            return new HearPersonConcernedFirst();
        }

        if (Interviews.Any(i => i.ShownAt is null))
        {
            return new ShowRecordsFirst();
        }

        if (!FitsText(draft))
        {
            return new WriteTheText();
        }

        if (reactionDue is not { } due || due < DutchTime.Day(now).AddDays(ShortestReactionTerm))
        {
            return new ReactionTermTooShort(ShortestReactionTerm);
        }

        (DraftSharedAt, ReactionDueOn, SealedDraft) = (now, due, seal(Id, "draft", draft!.Trim()));
        return null;
    }

    /// <summary>The person concerned's reaction to the draft findings, in their own words.</summary>
    public Refusal? RecordDraftReaction(string? reaction, Sealer seal, DateTimeOffset now)
    {
        if (DraftSharedAt is null)
        {
            return new ShareDraftFirst();
        }

        if (DraftReactionAt is not null)
        {
            return new AlreadyReacted();
        }

        if (!FitsText(reaction))
        {
            return new WriteTheText();
        }

        (DraftReactionAt, SealedDraftReaction) = (now, seal(Id, "draft-reaction", reaction!.Trim()));
        return null;
    }

    /// <summary>The report, once the person concerned reacted to the draft or the term to react has passed.</summary>
    public Refusal? WriteReport(string? text, Sealer seal, DateTimeOffset now)
    {
        if (ConcludedAt is not null)
        {
            return new InvestigationConcluded();
        }

        if (DraftSharedAt is null)
        {
            return new ShareDraftFirst();
        }

        if (ReportedAt is not null)
        {
            return new AlreadyReported();
        }

        if (DraftReactionAt is null && DutchTime.Day(now) <= ReactionDueOn!.Value)
        {
            return new AwaitReaction(ReactionDueOn.Value);
        }

        if (!FitsText(text))
        {
            return new WriteTheText();
        }

        (ReportedAt, SealedReport) = (now, seal(Id, "report", text!.Trim()));
        return null;
    }

    /// <summary>The conclusion follows the report and concludes the case (<see cref="Report.Conclude"/>).</summary>
    public Refusal? Conclude(Report report, CaseOutcome outcome, DateTimeOffset now)
    {
        if (ConcludedAt is not null)
        {
            return new InvestigationConcluded();
        }

        if (ReportedAt is null)
        {
            return new ReportFirst();
        }

        if (report.Id != ReportId)
        {
            return new DecideToInvestigateFirst();
        }

        if (report.Conclude(outcome, now) is { } refusal)
        {
            return refusal;
        }

        ConcludedAt = now;
        return null;
    }

    private Interview? Find(Guid id) => ConcludedAt is null ? Interviews.FirstOrDefault(i => i.Id == id) : null;
}
