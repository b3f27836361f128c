using Loket.Web.Identity;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>Each rule of the case, once, on the aggregate itself (issue 15.1); the pages show what these return.</summary>
public sealed class ReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Officer = Guid.CreateVersion7();
    private static readonly Procedures.Procedure Leiden = Procedures.For("leiden");
    private static readonly Procedures.Procedure Bosch = Procedures.For("s-hertogenbosch");
    private const string Reason = "Ik ben coördinator van dienst deze week.";

    private static Report NewReport(ReportCategory category = ReportCategory.UnwantedBehaviour) =>
        Report.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), References.New(), category, ReportChannel.Anonymous, Now, "k1", [1], [2]);

    /// <summary>What closing needs besides the conclusion and feedback (issue 17): classified, closure recorded, the reporter told.</summary>
    private static void Counted(Report report)
    {
        Assert.Null(report.Classify(new CaseClassification(IntegrityCategory.UnwantedBehaviour, null, null, null, PersonConcerned.Employee, false, false, true), Now));
        var investigated = report.Investigate == true;
        Assert.Null(report.RecordClosure(new ClosureRecord(investigated ? Report.FromConclusion(report.Outcome!.Value)!.Value : ClosureOutcome.Unsubstantiated,
            investigated ? InvestigatorKind.Internal : InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, DateOnly.FromDateTime(Now.UtcDateTime), Now));
        Assert.Null(investigated ? report.ShareOutcome(Now) : report.ShareDecision(Now));
    }

    private static Report InIntake()
    {
        var report = NewReport();
        Assert.Null(report.Acknowledge(Now));
        Assert.Null(report.StartIntake());
        return report;
    }

    [Fact]
    public void A_new_report_waits_for_its_acknowledgement_and_retaliation_goes_first()
    {
        Assert.Equal(CaseStatus.Received, NewReport().Status);
        Assert.False(NewReport().HighPriority);
        Assert.True(NewReport(ReportCategory.Retaliation).HighPriority);
    }

    [Fact]
    public void The_receipt_is_acknowledged_once()
    {
        var report = NewReport();
        Assert.Null(report.Acknowledge(Now));
        Assert.IsType<AlreadyAcknowledged>(report.Acknowledge(Now));
    }

    [Fact]
    public void The_inquiry_starts_only_after_the_acknowledgement_and_only_once()
    {
        Assert.IsType<AcknowledgeFirst>(NewReport().StartIntake());
        Assert.IsType<IntakeAlreadyStarted>(InIntake().StartIntake());
    }

    [Fact]
    public void Only_whom_the_code_names_decides_and_only_after_the_inquiry()
    {
        Assert.IsType<NotTheDecider>(InIntake().Decide(true, Role.IntegrityOfficer, Leiden with { Decider = Role.Secretary }, Now));
        var received = NewReport();
        Assert.IsType<DecideAfterIntake>(received.Decide(true, Leiden.Decider, Leiden, Now));
        var report = InIntake();
        Assert.Null(report.Decide(true, Leiden.Decider, Leiden, Now));
        Assert.Equal(CaseStatus.Investigation, report.Status);
    }

    [Fact]
    public void Deciding_not_to_investigate_concludes_the_case()
    {
        var report = InIntake();
        Assert.Null(report.Decide(false, Leiden.Decider, Leiden, Now));
        Assert.Equal((CaseStatus.Concluded, CaseOutcome.NotInvestigated), (report.Status, report.Outcome));
    }

    [Fact]
    public void A_conclusion_follows_an_investigation_and_is_never_not_investigated()
    {
        var report = InIntake();
        Assert.IsType<ConcludeAfterInvestigation>(report.Conclude(CaseOutcome.Substantiated, Now));
        Assert.Null(report.Decide(true, Leiden.Decider, Leiden, Now));
        Assert.IsType<ConcludeAfterInvestigation>(report.Conclude(CaseOutcome.NotInvestigated, Now));
        Assert.Null(report.Conclude(CaseOutcome.Substantiated, Now));
    }

    [Fact]
    public void Feedback_comes_after_the_acknowledgement_and_closing_after_feedback()
    {
        Assert.IsType<FeedbackAfterAcknowledgement>(NewReport().RecordFeedback(Now));
        var report = InIntake();
        Assert.IsType<CloseAfterConclusion>(report.Close(Now));
        Assert.Null(report.Decide(false, Leiden.Decider, Leiden, Now));
        Assert.IsType<FeedbackBeforeClosing>(report.Close(Now));
        Assert.Null(report.RecordFeedback(Now));
        Counted(report);
        Assert.Null(report.Close(Now));
        Assert.Equal(CaseStatus.Closed, report.Status);
    }

    [Fact]
    public void Only_a_closed_case_reopens_and_it_goes_back_to_the_inquiry()
    {
        var report = InIntake();
        Assert.IsType<OnlyClosedReopens>(report.Reopen());
        Assert.Null(report.Decide(false, Leiden.Decider, Leiden, Now));
        Assert.Null(report.RecordFeedback(Now));
        Counted(report);
        Assert.Null(report.Close(Now));
        Assert.Null(report.Reopen());
        Assert.Equal((CaseStatus.Intake, 1, (CaseOutcome?)null), (report.Status, report.TimesReopened, report.Outcome));
    }

    [Fact]
    public void After_a_complaint_only_the_named_reviewer_decides_and_only_about_not_investigating()
    {
        var report = InIntake();
        Assert.IsType<NotTheReviewer>(report.DecideAfterComplaint(true, Role.Secretary, Leiden, Now));
        Assert.IsType<NotTheReviewer>(report.DecideAfterComplaint(true, Role.IntegrityOfficer, Bosch, Now));
        Assert.IsType<NoComplaintAboutNotInvestigating>(report.DecideAfterComplaint(true, Role.Secretary, Bosch, Now));
        Assert.Null(report.Decide(false, Bosch.Decider, Bosch, Now));
        Assert.Null(report.RequestReview(Now));
        Assert.Null(report.DecideAfterComplaint(true, Role.Secretary, Bosch, Now));
        Assert.Equal(CaseStatus.Investigation, report.Status);
    }

    [Fact]
    public void A_review_of_a_closed_case_is_asked_once()
    {
        var report = InIntake();
        Assert.Null(report.Decide(false, Leiden.Decider, Leiden, Now));
        Assert.Null(report.RecordFeedback(Now));
        Counted(report);
        Assert.Null(report.Close(Now));
        Assert.Null(report.RequestReview(Now));
        Assert.IsType<ReviewAlreadyRequested>(report.RequestReview(Now));
    }

    [Fact]
    public void Only_an_officer_takes_an_unhandled_case_with_a_reason()
    {
        Assert.IsType<OnlyOfficersTakeCases>(NewReport().Take(Officer, Role.Secretary, Reason, Now));
        Assert.IsType<ReasonOutOfRange>(NewReport().Take(Officer, Role.IntegrityOfficer, "omdat", Now));
        var report = NewReport();
        Assert.Null(report.Take(Officer, Role.IntegrityOfficer, Reason, Now));
        Assert.Equal(Reason, Assert.Single(report.Handlers).Reason);
        Assert.IsType<AlreadyHandling>(report.Take(Officer, Role.IntegrityOfficer, Reason, Now));
        Assert.IsType<CaseHasHandler>(report.Take(Guid.CreateVersion7(), Role.IntegrityOfficer, Reason, Now));
    }

    [Fact]
    public void A_coordinator_assigns_only_an_officer_the_case_may_go_to()
    {
        var report = NewReport();
        var colleague = Guid.CreateVersion7();
        Assert.IsType<NotAssignable>(report.Assign(colleague, Officer, [], Now));
        Assert.IsType<NotAssignable>(report.Assign(Officer, Officer, [Officer], Now));
        Assert.Null(report.Assign(colleague, Officer, [colleague], Now));
        Assert.Equal(Officer, Assert.Single(report.Handlers).AssignedByUserId);
        Assert.IsType<NotAssignable>(report.Assign(colleague, Officer, [colleague], Now));
    }

    [Fact]
    public void Access_with_a_reason_is_for_officers_the_decider_or_after_a_review_request()
    {
        var report = NewReport();
        Assert.IsType<NoGroundForAccess>(report.GrantAccess(Officer, Role.Secretary, Bosch, Reason, Now).Refusal);
        Assert.IsType<ReasonOutOfRange>(report.GrantAccess(Officer, Role.IntegrityOfficer, Bosch, " kort ", Now).Refusal);
        Assert.Equal(Reason, report.GrantAccess(Officer, Role.IntegrityOfficer, Bosch, $" {Reason} ", Now).Value!.Reason);
        Assert.Null(report.RequestReview(Now));
        Assert.False(report.GrantAccess(Officer, Role.Secretary, Bosch, Reason, Now).IsRefused);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("         x", false)]
    [InlineData("tien tekens", true)]
    [InlineData("ab", false)]
    public void A_stated_reason_has_ten_to_five_hundred_characters(string? reason, bool accepted)
    {
        Assert.Equal(accepted, StatedReason.Check(reason) is null);
        Assert.IsType<ReasonOutOfRange>(StatedReason.Check(new string('x', 501)));
    }

    [Fact]
    public void The_retaliation_checklist_takes_only_the_codes_own_forms_on_a_retaliation_report()
    {
        var forms = new[] { RetaliationForm.DisciplinaryMeasure };
        Assert.IsType<NotOnChecklist>(NewReport().TickRetaliationForms(forms, Leiden));
        var retaliation = NewReport(ReportCategory.Retaliation);
        Assert.IsType<NotOnChecklist>(retaliation.TickRetaliationForms(forms, Bosch));
        Assert.Null(retaliation.TickRetaliationForms(forms, Leiden));
        Assert.Equal(RetaliationForm.DisciplinaryMeasure, retaliation.RetaliationForms);
    }

    [Fact]
    public void A_possibly_meant_person_is_resolved_once_with_a_reason()
    {
        var report = NewReport();
        var group = Guid.CreateVersion7();
        report.Involved.Add(new InvolvedTag { TenantId = report.TenantId, ReportId = report.Id, Tag = "a", Group = group, Possible = true });
        report.Involved.Add(new InvolvedTag { TenantId = report.TenantId, ReportId = report.Id, Tag = "b", Group = group, Possible = true });
        Assert.IsType<NoOneToResolve>(report.ResolveInvolved(Guid.CreateVersion7(), false, Reason, Officer, Now).Refusal);
        Assert.IsType<ReasonOutOfRange>(report.ResolveInvolved(group, false, "nee", Officer, Now).Refusal);
        Assert.False(report.ResolveInvolved(group, false, Reason, Officer, Now).IsRefused);
        Assert.All(report.Involved, i => Assert.False(i.Excludes));
        Assert.IsType<AlreadyResolved>(report.ResolveInvolved(group, true, Reason, Officer, Now).Refusal);
    }
}
