using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>The counted case record and the reporter's feedback (issue 17.2, 17.5), each rule once on the aggregate.</summary>
public sealed class CaseRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly Procedures.Procedure Leiden = Procedures.For("leiden");
    private static readonly Guid Tenant = Guid.CreateVersion7();

    private static Report Concluded(bool investigated, CaseOutcome conclusion = CaseOutcome.Substantiated)
    {
        var report = Report.Open(Guid.CreateVersion7(), Tenant, References.New(), ReportCategory.Corruption, ReportChannel.Anonymous, Now, "k1", [1], [2]);
        Assert.Null(report.Acknowledge(Now));
        Assert.Null(report.StartIntake());
        Assert.Null(report.Decide(investigated, Leiden.Decider, Leiden, Now));
        if (investigated)
        {
            Assert.Null(report.Conclude(conclusion, Now));
        }

        return report;
    }

    private static CaseClassification Classification(OwnCategory? own = null, Guid? unit = null, Guid? unitTenant = null, IntegrityCategory category = IntegrityCategory.FinancialMisconduct) =>
        new(category, own, unit, unitTenant, PersonConcerned.Hired, WbkWrong: true, Retaliation: false, UnwantedBehaviour: false);

    private static ClosureRecord Internal(ClosureOutcome outcome) => new(outcome, InvestigatorKind.Internal, null, false, null);

    [Fact]
    public void A_recorded_route_keeps_medium_recorder_and_day_and_refuses_a_day_ahead()
    {
        var report = Concluded(false);
        var manager = Guid.CreateVersion7();
        Assert.IsType<RecordedInFuture>(report.RecordRoute(ReportMedium.Oral, manager, Today.AddDays(1), Today));
        Assert.Null(report.RecordRoute(ReportMedium.Oral, manager, Today.AddDays(-3), Today));
        Assert.Equal((ReportMedium.Oral, manager, Today.AddDays(-3)), (report.Medium!.Value, report.RecordedByUserId!.Value, report.ReachedRecorderOn!.Value));
    }

    [Fact]
    public void The_classification_takes_only_this_municipalitys_own_category_under_the_chosen_one_and_its_own_department()
    {
        var report = Concluded(false);
        var mine = new OwnCategory { TenantId = Tenant, Parent = IntegrityCategory.FinancialMisconduct, Name = "Declaratiefraude" };
        var theirs = new OwnCategory { TenantId = Guid.CreateVersion7(), Parent = IntegrityCategory.FinancialMisconduct, Name = "Declaratiefraude" };
        Assert.IsType<NotThisMunicipalitysCategory>(report.Classify(Classification(theirs), Now));
        Assert.IsType<NotThisMunicipalitysCategory>(report.Classify(Classification(mine, category: IntegrityCategory.MisuseOfResources), Now));
        Assert.IsType<NotThisMunicipalitysUnit>(report.Classify(Classification(unit: Guid.CreateVersion7(), unitTenant: Guid.CreateVersion7()), Now));
        Assert.Null(report.ClassifiedAt);

        var unit = Guid.CreateVersion7();
        Assert.Null(report.Classify(Classification(mine, unit, Tenant), Now));
        Assert.Equal((IntegrityCategory.FinancialMisconduct, mine.Id, unit, PersonConcerned.Hired, true, false, false),
            (report.Classification!.Value, report.OwnCategoryId!.Value, report.OrgUnitId!.Value, report.Concerned!.Value, report.IsWbkWrong, report.IsRetaliation, report.IsUnwantedBehaviour));
    }

    [Fact]
    public void The_closure_is_recorded_after_the_conclusion_and_matches_it()
    {
        var open = Report.Open(Guid.CreateVersion7(), Tenant, References.New(), ReportCategory.Corruption, ReportChannel.Anonymous, Now, "k1", [1], [2]);
        Assert.IsType<RecordAfterConclusion>(open.RecordClosure(Internal(ClosureOutcome.Unsubstantiated), RecordedElsewhere.Nothing, Today, Now));

        var investigated = Concluded(true, CaseOutcome.PartlySubstantiated);
        Assert.IsType<OutcomeDiffersFromConclusion>(investigated.RecordClosure(Internal(ClosureOutcome.Substantiated), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<InvestigatorRequired>(investigated.RecordClosure(new(ClosureOutcome.PartlySubstantiated, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.Null(investigated.RecordClosure(Internal(ClosureOutcome.PartlySubstantiated), RecordedElsewhere.Nothing, Today, Now));

        var notInvestigated = Concluded(false);
        Assert.IsType<NoFindingWithoutInvestigation>(notInvestigated.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.Null(notInvestigated.RecordClosure(new(ClosureOutcome.NotAnIntegrityMatter, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, Today, Now));
    }

    [Fact]
    public void An_external_bureau_has_a_cost_in_euros_and_a_police_report_a_date()
    {
        var report = Concluded(true);
        Assert.IsType<ExternalCostRequired>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, null, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<ExternalCostRequired>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, -1m, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<CostOnlyForExternal>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.Internal, 100m, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<PoliceReportDateRequired>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.Internal, null, true, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<PoliceReportDateRequired>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.Internal, null, true, Today.AddDays(1)), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<PoliceReportDateWithoutReport>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.Internal, null, false, Today), RecordedElsewhere.Nothing, Today, Now));
        Assert.Null(report.ClosureRecordedAt);

        Assert.Null(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, 12_500.50m, true, Today.AddDays(-2)), RecordedElsewhere.Nothing, Today, Now));
        Assert.Equal((InvestigatorKind.External, 1_250_050L, true, Today.AddDays(-2)), (report.Investigator!.Value, report.ExternalCostCents!.Value, report.PoliceReport!.Value, report.PoliceReportOn!.Value));
    }

    [Fact]
    public void The_closure_takes_the_investigator_cost_and_police_report_already_recorded_and_refuses_another()
    {
        var report = Concluded(true);
        var known = new RecordedElsewhere(InvestigatorKind.External, 8_000m, Today.AddDays(-5));

        Assert.IsType<InvestigatorDiffersFromProtocol>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.Internal, null, true, Today.AddDays(-5)), known, Today, Now));
        Assert.IsType<CostDiffersFromProtocol>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, 9_000m, true, Today.AddDays(-5)), known, Today, Now));
        Assert.IsType<PoliceReportDiffersFromRegister>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, 8_000m, false, null), known, Today, Now));
        Assert.IsType<PoliceReportDiffersFromRegister>(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, 8_000m, true, Today.AddDays(-4)), known, Today, Now));
        Assert.Null(report.ClosureRecordedAt);

        Assert.Null(report.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.External, 8_000m, true, Today.AddDays(-5)), known, Today, Now));
        Assert.Equal((InvestigatorKind.External, 800_000L, Today.AddDays(-5)), (report.Investigator!.Value, report.ExternalCostCents!.Value, report.PoliceReportOn!.Value));
    }

    [Fact]
    public void Closing_waits_for_the_classification_the_closure_record_and_the_words_for_the_reporter()
    {
        var report = Concluded(false);
        Assert.Null(report.RecordFeedback(Now));
        Assert.IsType<ClassifyBeforeClosing>(report.Close(Now));
        Assert.Null(report.Classify(Classification(), Now));
        Assert.IsType<RecordBeforeClosing>(report.Close(Now));
        Assert.Null(report.RecordClosure(new(ClosureOutcome.Unsubstantiated, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.IsType<ExplainDecisionBeforeClosing>(report.Close(Now));
        Assert.Null(report.ShareDecision(Now));
        Assert.Null(report.Close(Now));

        var investigated = Concluded(true);
        Assert.Null(investigated.Classify(Classification(), Now));
        Assert.Null(investigated.RecordClosure(Internal(ClosureOutcome.Substantiated), RecordedElsewhere.Nothing, Today, Now));
        Assert.Null(investigated.RecordFeedback(Now));
        Assert.IsType<ShareOutcomeBeforeClosing>(investigated.Close(Now));
        Assert.Null(investigated.ShareOutcome(Now));
        Assert.Null(investigated.Close(Now));
        Assert.IsType<ClosedCaseIsNotClassified>(investigated.Classify(Classification(), Now));
    }

    [Fact]
    public void A_reopened_case_is_recorded_and_explained_again_before_it_closes()
    {
        var report = Concluded(false);
        Assert.Null(report.Classify(Classification(), Now));
        Assert.Null(report.RecordClosure(new(ClosureOutcome.Stopped, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, Today, Now));
        Assert.Null(report.ShareDecision(Now));
        Assert.Null(report.Close(Now));
        Assert.Null(report.Reopen());

        var later = Now.AddDays(10);
        Assert.Null(report.Decide(false, Leiden.Decider, Leiden, later));
        Assert.IsType<RecordBeforeClosing>(report.Close(later));
        Assert.Null(report.RecordClosure(new(ClosureOutcome.Stopped, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, Today, later));
        Assert.IsType<ExplainDecisionBeforeClosing>(report.Close(later));
    }

    [Fact]
    public void The_words_for_the_reporter_follow_the_decision_or_the_conclusion_and_meet_the_feedback_clock()
    {
        var investigating = Report.Open(Guid.CreateVersion7(), Tenant, References.New(), ReportCategory.Corruption, ReportChannel.Anonymous, Now, "k1", [1], [2]);
        Assert.Null(investigating.Acknowledge(Now));
        Assert.Null(investigating.StartIntake());
        Assert.Null(investigating.Decide(true, Leiden.Decider, Leiden, Now));
        Assert.IsType<NoDecisionToExplain>(investigating.ShareDecision(Now));
        Assert.IsType<NoOutcomeToShare>(investigating.ShareOutcome(Now));

        var notInvestigated = Concluded(false);
        Assert.IsType<NoOutcomeToShare>(notInvestigated.ShareOutcome(Now));
        Assert.Equal(ClockState.Open, CaseClocks.For(notInvestigated, Now).Single(c => c.Kind == ClockKind.Feedback).State);
        Assert.Null(notInvestigated.ShareDecision(Now.AddDays(1)));
        Assert.Equal(ClockState.Met, CaseClocks.For(notInvestigated, Now.AddDays(1)).Single(c => c.Kind == ClockKind.Feedback).State);
    }
}
