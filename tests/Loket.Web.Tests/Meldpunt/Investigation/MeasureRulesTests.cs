using System.Text;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Meldpunt.Aftercare;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;
using Loket.Web.Meldpunt.Measures;

namespace Loket.Web.Tests.Meldpunt.Investigation;

/// <summary>The rules of the measures register, the police report and aftercare, once, on the entities.</summary>
public sealed class MeasureRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly Guid Director = Guid.CreateVersion7();
    private static readonly Guid Hr = Guid.CreateVersion7();
    private static readonly Guid Officer = Guid.CreateVersion7();
    private static readonly Procedures.Procedure Leiden = Procedures.For("leiden");
    private static readonly ProtocolRule Rule = ProtocolRules.For("leidschendam-voorburg");
    private static readonly Sealer Seal = (_, _, text) => Encoding.UTF8.GetBytes(text);

    private static Report Case(bool investigate, CaseOutcome? outcome = null)
    {
        var report = Report.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), References.New(), ReportCategory.Corruption, ReportChannel.Oral, Now.AddDays(-30), "k1", [1], [2]);
        Assert.Null(report.Acknowledge(Now.AddDays(-29)));
        Assert.Null(report.StartIntake());
        Assert.Null(report.Decide(investigate, Leiden.Decider, Leiden, Now.AddDays(-20)));
        if (outcome is { } o)
        {
            Assert.Null(report.Conclude(o, Now.AddDays(-2)));
        }

        return report;
    }

    private static Refusal? Measure(Report report, MeasureKind? kind, Guid? decider = null, Guid? hr = null, DateOnly? on = null, string? description = null) =>
        CaseMeasure.Record(report, kind, on ?? Today, decider ?? Director, hr ?? Hr, [Director], [Hr], Rule, description, Seal, Officer, Now).Refusal;

    [Fact]
    public void A_measure_follows_the_conclusion_and_a_sanction_only_a_finding()
    {
        Assert.IsType<MeasureAfterConclusion>(Measure(Case(investigate: true), MeasureKind.Reprimand));
        var unfounded = Case(investigate: true, CaseOutcome.Unsubstantiated);
        Assert.IsType<NoSanctionWithoutFinding>(Measure(unfounded, MeasureKind.WrittenWarning));
        Assert.Null(Measure(unfounded, MeasureKind.NoMeasure));
        Assert.Null(Measure(unfounded, MeasureKind.TrainingGiven));
        Assert.IsType<NoSanctionWithoutFinding>(Measure(Case(investigate: false), MeasureKind.Suspension));
        Assert.Null(Measure(Case(investigate: true, CaseOutcome.PartlySubstantiated), MeasureKind.ConditionalDismissal));
    }

    [Fact]
    public void The_competent_person_decides_with_another_person_from_HR()
    {
        var report = Case(investigate: true, CaseOutcome.Substantiated);
        var refused = Measure(report, MeasureKind.Reprimand, decider: Officer);
        Assert.IsType<NotTheMeasureDecider>(refused);
        Assert.Contains("de algemeen directeur", refused!.Message, StringComparison.Ordinal);
        Assert.IsType<ConsultHrAdviser>(Measure(report, MeasureKind.Reprimand, hr: Officer));
        Assert.IsType<ConsultHrAdviser>(CaseMeasure.Record(report, MeasureKind.Reprimand, Today, Director, Director, [Director], [Director], Rule, null, Seal, Officer, Now).Refusal);
        Assert.Null(Measure(report, MeasureKind.Reprimand));
    }

    [Fact]
    public void Every_category_is_fixed_and_other_says_what_it_was()
    {
        var report = Case(investigate: true, CaseOutcome.Substantiated);
        Assert.IsType<ChooseMeasure>(Measure(report, null));
        Assert.IsType<ChooseMeasure>(Measure(report, (MeasureKind)99));
        Assert.IsType<DescribeMeasure>(Measure(report, MeasureKind.OtherOrganisational));
        Assert.IsType<DescribeMeasure>(Measure(report, MeasureKind.Reprimand, description: new string('x', CaseMeasure.LongestDescription + 1)));
        Assert.Null(Measure(report, MeasureKind.OtherOrganisational, description: "Vier-ogen bij bestellingen boven € 5.000."));
        Assert.IsType<MeasureDateOutOfRange>(Measure(report, MeasureKind.Transfer, on: Today.AddDays(1)));
        Assert.IsType<MeasureDateOutOfRange>(Measure(report, MeasureKind.Transfer, on: Today.AddDays(-60)));
        Assert.Equal(MeasureKinds.Personal.Count + MeasureKinds.Organisational.Count, Enum.GetValues<MeasureKind>().Length);
    }

    [Fact]
    public void The_decider_of_measures_comes_from_each_code_and_a_silent_code_says_so()
    {
        Assert.Equal(Role.Secretary, ProtocolRules.For("leidschendam-voorburg").MeasureDecider);
        Assert.Equal(Role.Manager, ProtocolRules.For("alphen-aan-den-rijn").MeasureDecider);
        Assert.Contains("toelichting 9", ProtocolRules.For("alphen-aan-den-rijn").MeasureSource, StringComparison.Ordinal);
        Assert.Contains("de code zegt niet wie ze oplegt", ProtocolRules.For("leiden").MeasureSource, StringComparison.Ordinal);
        Assert.Contains("geen onderzoeksprotocol", ProtocolRules.For("s-hertogenbosch").Protocol, StringComparison.Ordinal);
        Assert.Contains("bijlage 3", ProtocolRules.For("leidschendam-voorburg").Protocol, StringComparison.Ordinal);
        Assert.All(new[] { "leiden", "leiderdorp", "alphen-aan-den-rijn", "s-hertogenbosch", "leidschendam-voorburg" },
            slug => Assert.Contains("art. 162", ProtocolRules.For(slug).PoliceReport, StringComparison.Ordinal));
    }

    [Fact]
    public void A_police_report_has_a_real_date_and_who_filed_it()
    {
        var report = Case(investigate: true);
        Assert.IsType<PoliceReportDateOutOfRange>(PoliceReport.Record(report, Today.AddDays(1), "de gemeentesecretaris", null, Officer, Now).Refusal);
        Assert.IsType<PoliceReportDateOutOfRange>(PoliceReport.Record(report, null, "de gemeentesecretaris", null, Officer, Now).Refusal);
        Assert.IsType<NameWhoFiled>(PoliceReport.Record(report, Today, " ", null, Officer, Now).Refusal);
        var filed = PoliceReport.Record(report, Today, "de gemeentesecretaris", "PL1500-2026-123", Officer, Now).Value!;
        Assert.Equal((Today, "PL1500-2026-123"), (filed.FiledOn, filed.PoliceReference));
    }

    [Fact]
    public void Aftercare_is_planned_after_the_acknowledgement_and_finished_once()
    {
        var received = Report.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), References.New(), ReportCategory.Corruption, ReportChannel.Oral, Now, "k1", [1], [2]);
        Assert.IsType<AftercareAfterAcknowledgement>(AftercareTask.Plan(received, AftercareFor.Reporter, "Nagesprek", "de vertrouwenspersoon", Today, Seal, Officer, Now).Refusal);
        var report = Case(investigate: true);
        Assert.IsType<DueNotInPast>(AftercareTask.Plan(report, AftercareFor.Team, "Teamsessie", "de leidinggevende", Today.AddDays(-1), Seal, Officer, Now).Refusal);
        Assert.IsType<DescribeAftercare>(AftercareTask.Plan(report, AftercareFor.Team, "Teamsessie", " ", Today, Seal, Officer, Now).Refusal);
        Assert.IsType<ChooseWhomFor>(AftercareTask.Plan(report, (AftercareFor)7, "Teamsessie", "de leidinggevende", Today, Seal, Officer, Now).Refusal);
        var task = AftercareTask.Plan(report, AftercareFor.PersonConcerned, "Gesprek over terugkeer in het team", "HR-adviseur", Today.AddDays(14), Seal, Officer, Now).Value!;
        Assert.False(task.IsOverdue(Today.AddDays(14)));
        Assert.True(task.IsOverdue(Today.AddDays(15)));
        Assert.Null(task.Finish(done: false, Officer, Now));
        Assert.IsType<AftercareFinished>(task.Finish(done: true, Officer, Now));
        Assert.Equal(AftercareState.NotDone, task.State);
    }
}
