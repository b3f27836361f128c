using System.Text;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;

namespace Loket.Web.Tests.Meldpunt.Investigation;

/// <summary>
/// Each step of the investigation protocol on the aggregate itself: every step refused before the steps it
/// follows, and the rights of the person concerned (Leidschendam-Voorburg bijlage 3) as the order checks.
/// </summary>
public sealed class InvestigationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly Guid Officer = Guid.CreateVersion7();
    private static readonly Guid Mila = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();
    private static readonly Procedures.Procedure Leiden = Procedures.For("leiden");
    private static readonly Sealer Seal = (_, _, text) => Encoding.UTF8.GetBytes(text);
    private const string Reason = "Bewijs in de mailbox kan anders verdwijnen.";

    private static Report Decided(bool investigate = true)
    {
        var report = Report.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), References.New(), ReportCategory.Corruption, ReportChannel.Oral, Now.AddDays(-10), "k1", [1], [2]);
        Assert.Null(report.Acknowledge(Now.AddDays(-9)));
        Assert.Null(report.StartIntake());
        Assert.Null(report.Decide(investigate, Leiden.Decider, Leiden, Now.AddDays(-2)));
        return report;
    }

    private static CaseInvestigation Started(Report? report = null) => CaseInvestigation.Start(report ?? Decided(), running: false, Now.AddDays(-1)).Value!;

    private static CaseInvestigation Assigned()
    {
        var investigation = Started();
        Assert.Null(investigation.AssignInternal(Officer, [Officer], Officer, Now.AddDays(-1)));
        return investigation;
    }

    private static CaseInvestigation Informed()
    {
        var investigation = Assigned();
        Assert.Null(investigation.Inform(Mila, [Mila], Today.AddDays(-1), "de onderzoeker", rightsExplained: true, null, Seal, Officer, Now));
        return investigation;
    }

    private static Interview Heard(CaseInvestigation investigation, IntervieweeRole role = IntervieweeRole.PersonConcerned) =>
        investigation.RecordInterview(role, "Mila Medewerker", Today, adviserPresent: true, "Zij erkent de bestelling.", Seal, Officer, Now).Value!;

    private static CaseInvestigation Shared()
    {
        var investigation = Informed();
        var interview = Heard(investigation);
        Assert.Null(investigation.ShowRecord(interview.Id, RecordShownHow.ReadInMeeting, Now));
        Assert.Null(investigation.ShareDraft("De bestelling is aangetoond.", Today.AddDays(7), Seal, Now));
        return investigation;
    }

    [Fact]
    public void The_protocol_starts_only_after_the_decision_to_investigate_and_once()
    {
        var inIntake = Report.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), References.New(), ReportCategory.Corruption, ReportChannel.Oral, Now, "k1", [1], [2]);
        Assert.IsType<DecideToInvestigateFirst>(CaseInvestigation.Start(inIntake, running: false, Now).Refusal);
        Assert.IsType<DecideToInvestigateFirst>(CaseInvestigation.Start(Decided(investigate: false), running: false, Now).Refusal);
        Assert.IsType<InvestigationRunning>(CaseInvestigation.Start(Decided(), running: true, Now).Refusal);
        Assert.NotNull(CaseInvestigation.Start(Decided(), running: false, Now).Value);
    }

    [Fact]
    public void An_investigator_who_is_involved_is_refused_and_one_is_assigned_once()
    {
        var investigation = Started();
        Assert.IsType<InvestigatorInvolved>(investigation.AssignInternal(Other, [Officer], Officer, Now));
        Assert.IsType<InvestigatorInvolved>(investigation.AssignExternal("Bureau Waarheid", "Mila Medewerker", 4500m, true, namedInReport: true, Officer, Now));
        Assert.IsType<DeclareIndependence>(investigation.AssignExternal("Bureau Waarheid", "Olga Onderzoeker", 4500m, false, false, Officer, Now));
        Assert.IsType<CostOutOfRange>(investigation.AssignExternal("Bureau Waarheid", "Olga Onderzoeker", -1m, true, false, Officer, Now));
        Assert.IsType<NameTheBureau>(investigation.AssignExternal(" ", "Olga Onderzoeker", 10m, true, false, Officer, Now));
        Assert.Null(investigation.AssignExternal("Bureau Waarheid", "Olga Onderzoeker", 4500.456m, true, false, Officer, Now));
        Assert.Equal((InvestigatorKind.External, 4500.46m), (investigation.InvestigatorKind!.Value, investigation.Cost!.Value));
        Assert.IsType<InvestigatorAlreadyAssigned>(investigation.AssignInternal(Officer, [Officer], Officer, Now));
    }

    [Fact]
    public void The_investigator_comes_before_informing_interviews_and_the_draft()
    {
        var investigation = Started();
        Assert.IsType<AssignInvestigatorFirst>(investigation.Postpone(Reason, Seal, Now));
        Assert.IsType<AssignInvestigatorFirst>(investigation.Inform(Mila, [Mila], Today, "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.IsType<AssignInvestigatorFirst>(investigation.RecordInterview(IntervieweeRole.Witness, "Getuige", Today, false, "Verslag", Seal, Officer, Now).Refusal);
        Assert.IsType<AssignInvestigatorFirst>(investigation.ShareDraft("Concept", Today.AddDays(10), Seal, Now));
    }

    [Fact]
    public void The_person_concerned_is_informed_of_their_rights_by_someone_on_a_real_day()
    {
        var investigation = Assigned();
        Assert.IsType<ChoosePersonConcerned>(investigation.Inform(Other, [Mila], Today, "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.IsType<ExplainRightsFirst>(investigation.Inform(Mila, [Mila], Today.AddDays(-1), "de onderzoeker", rightsExplained: false, null, Seal, Officer, Now));
        Assert.IsType<InformedByRequired>(investigation.Inform(Mila, [Mila], Today.AddDays(-1), " ", true, null, Seal, Officer, Now));
        Assert.IsType<DateNotInFuture>(investigation.Inform(Mila, [Mila], Today.AddDays(1), "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.IsType<DateBeforeStart>(investigation.Inform(Mila, [Mila], Today.AddDays(-30), "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.Null(investigation.Inform(Mila, [Mila], Today.AddDays(-1), "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.IsType<AlreadyInformed>(investigation.Inform(Mila, [Mila], Today, "de onderzoeker", true, null, Seal, Officer, Now));
    }

    [Fact]
    public void Informing_later_than_the_assignment_needs_a_reason_unless_it_was_postponed_first()
    {
        var late = Assigned();
        Assert.IsType<GiveReasonForDelay>(late.Inform(Mila, [Mila], Today, "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.Null(late.Inform(Mila, [Mila], Today, "de onderzoeker", true, Reason, Seal, Officer, Now));
        Assert.Equal(Reason, Encoding.UTF8.GetString(late.SealedDelayReason!));

        var postponed = Assigned();
        Assert.IsType<ReasonOutOfRange>(postponed.Postpone("kort", Seal, Now));
        Assert.Null(postponed.Postpone(Reason, Seal, Now));
        Assert.Null(postponed.Inform(Mila, [Mila], Today, "de onderzoeker", true, null, Seal, Officer, Now));
        Assert.Null(postponed.SealedDelayReason);
    }

    [Fact]
    public void The_person_concerned_is_heard_only_after_being_informed_and_others_only_after_informing_or_a_postponement()
    {
        var investigation = Assigned();
        Assert.IsType<InformBeforeInterview>(investigation.RecordInterview(IntervieweeRole.PersonConcerned, "Mila", Today, true, "Verslag", Seal, Officer, Now).Refusal);
        Assert.IsType<InformOrPostponeFirst>(investigation.RecordInterview(IntervieweeRole.Witness, "Getuige", Today, false, "Verslag", Seal, Officer, Now).Refusal);
        Assert.Null(investigation.Postpone(Reason, Seal, Now));
        Assert.Null(investigation.RecordInterview(IntervieweeRole.Witness, "Getuige", Today, false, "Verslag", Seal, Officer, Now).Refusal);
        Assert.IsType<InformBeforeInterview>(investigation.RecordInterview(IntervieweeRole.PersonConcerned, "Mila", Today, true, "Verslag", Seal, Officer, Now).Refusal);
    }

    [Fact]
    public void An_interview_record_is_read_before_the_reaction_and_the_correction_stays_beside_it()
    {
        var investigation = Informed();
        var interview = Heard(investigation);
        Assert.IsType<ShowRecordFirst>(investigation.RecordReaction(interview.Id, false, "Ik zei: twee keer, niet vijf keer.", Seal, Now));
        Assert.IsType<NoSuchInterview>(investigation.ShowRecord(Guid.CreateVersion7(), RecordShownHow.ReadInMeeting, Now));
        Assert.Null(investigation.ShowRecord(interview.Id, RecordShownHow.SentByMail, Now));
        Assert.IsType<RecordAlreadyShown>(investigation.ShowRecord(interview.Id, RecordShownHow.ReadInMeeting, Now));
        Assert.Null(investigation.RecordReaction(interview.Id, false, "Ik zei: twee keer, niet vijf keer.", Seal, Now));
        Assert.IsType<AlreadyReacted>(investigation.RecordReaction(interview.Id, true, null, Seal, Now));
        Assert.Equal("Zij erkent de bestelling.", Encoding.UTF8.GetString(interview.SealedRecord));
        Assert.Equal("Ik zei: twee keer, niet vijf keer.", Encoding.UTF8.GetString(interview.SealedCorrection!));
        Assert.False(interview.AgreesWithRecord);
    }

    [Fact]
    public void The_draft_findings_wait_for_the_person_concerned_to_be_heard_and_every_record_to_be_read()
    {
        var investigation = Informed();
        Assert.IsType<HearPersonConcernedFirst>(investigation.ShareDraft("Concept", Today.AddDays(7), Seal, Now));
        var witness = Heard(investigation, IntervieweeRole.Witness);
        Assert.IsType<HearPersonConcernedFirst>(investigation.ShareDraft("Concept", Today.AddDays(7), Seal, Now));
        var concerned = Heard(investigation);
        Assert.Null(investigation.ShowRecord(concerned.Id, RecordShownHow.ReadInMeeting, Now));
        Assert.IsType<ShowRecordsFirst>(investigation.ShareDraft("Concept", Today.AddDays(7), Seal, Now));
        Assert.Null(investigation.ShowRecord(witness.Id, RecordShownHow.SentOnPaper, Now));
        Assert.IsType<ReactionTermTooShort>(investigation.ShareDraft("Concept", Today.AddDays(CaseInvestigation.ShortestReactionTerm - 1), Seal, Now));
        Assert.Null(investigation.ShareDraft("Concept", Today.AddDays(CaseInvestigation.ShortestReactionTerm), Seal, Now));
        Assert.IsType<DraftAlreadyShared>(investigation.RecordInterview(IntervieweeRole.Witness, "Nog een getuige", Today, false, "Verslag", Seal, Officer, Now).Refusal);
    }

    [Fact]
    public void The_report_waits_for_the_reaction_to_the_draft_or_the_end_of_its_term()
    {
        var waiting = Informed();
        Assert.IsType<ShareDraftFirst>(waiting.WriteReport("Rapport", Seal, Now));
        Assert.IsType<ShareDraftFirst>(waiting.RecordDraftReaction("Reactie", Seal, Now));

        var investigation = Shared();
        Assert.IsType<AwaitReaction>(investigation.WriteReport("Rapport", Seal, Now));
        Assert.IsType<AwaitReaction>(investigation.WriteReport("Rapport", Seal, Now.AddDays(7)));
        Assert.Null(investigation.WriteReport("Rapport", Seal, Now.AddDays(8)));

        var reacted = Shared();
        Assert.Null(reacted.RecordDraftReaction("Ik betwist de tweede bestelling.", Seal, Now));
        Assert.IsType<AlreadyReacted>(reacted.RecordDraftReaction("Nog iets.", Seal, Now));
        Assert.Null(reacted.WriteReport("Rapport", Seal, Now));
        Assert.IsType<AlreadyReported>(reacted.WriteReport("Rapport", Seal, Now));
    }

    [Fact]
    public void The_conclusion_follows_the_report_and_concludes_the_case()
    {
        var report = Decided();
        var investigation = Started(report);
        Assert.IsType<ReportFirst>(investigation.Conclude(report, CaseOutcome.Substantiated, Now));
        Assert.Equal(CaseStatus.Investigation, report.Status);

        var done = Shared();
        Assert.Null(done.RecordDraftReaction("Akkoord.", Seal, Now));
        Assert.Null(done.WriteReport("Rapport", Seal, Now));
        var own = Decided();
        var concluding = CaseInvestigation.Start(own, running: false, Now).Value!;
        Assert.IsType<ReportFirst>(concluding.Conclude(own, CaseOutcome.PartlySubstantiated, Now));
        Assert.IsType<DecideToInvestigateFirst>(done.Conclude(own, CaseOutcome.PartlySubstantiated, Now));
    }

    [Fact]
    public void A_concluded_investigation_takes_no_more_steps()
    {
        var report = Decided();
        var investigation = Started(report);
        Assert.Null(investigation.AssignInternal(Officer, [Officer], Officer, Now.AddDays(-1)));
        Assert.Null(investigation.Inform(Mila, [Mila], Today.AddDays(-1), "de onderzoeker", true, null, Seal, Officer, Now));
        var interview = Heard(investigation);
        Assert.Null(investigation.ShowRecord(interview.Id, RecordShownHow.ReadInMeeting, Now));
        Assert.Null(investigation.ShareDraft("Concept", Today.AddDays(7), Seal, Now));
        Assert.Null(investigation.RecordDraftReaction("Akkoord.", Seal, Now));
        Assert.Null(investigation.WriteReport("Rapport", Seal, Now));
        Assert.Null(investigation.Conclude(report, CaseOutcome.PartlySubstantiated, Now));
        Assert.Equal((CaseStatus.Concluded, CaseOutcome.PartlySubstantiated), (report.Status, report.Outcome!.Value));
        Assert.IsType<InvestigationConcluded>(investigation.Conclude(report, CaseOutcome.Substantiated, Now));
        Assert.IsType<InvestigationConcluded>(investigation.RecordInterview(IntervieweeRole.Witness, "X", Today, false, "Y", Seal, Officer, Now).Refusal);
        Assert.IsType<NoSuchInterview>(investigation.RecordReaction(interview.Id, true, null, Seal, Now));
    }
}
