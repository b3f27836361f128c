using Loket.Policy;
using Loket.Web.Confidants;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;
using Loket.Web.Meldpunt.Measures;
using Loket.Web.People;
using Loket.Web.Tests.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>
/// A municipality's three years, made through the aggregates, small enough to count by hand (the expected
/// figures are in <see cref="CountingTests"/>): 2024 empty; 2025 five reports still investigated at the
/// year's end and one gift decided only in January; 2026 fifteen reports, measures, a police report,
/// confidants' contacts handed over, and declarations of every register.
/// </summary>
internal static class ReportFixture
{
    public const string Tenant = "alphen-aan-den-rijn";

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 11, 0, 0, TimeSpan.Zero);

    public static async Task<Guid> CreateAsync(LoketApp app, string tenant = Tenant)
    {
        return await app.WithDbAsync(async db =>
        {
            var tenantId = (await db.Tenants.SingleAsync(t => t.Slug == tenant)).Id;
            var rootA = new OrgUnit { Code = "R1", Name = "Directie Fixture Ruimte" };
            var rootB = new OrgUnit { Code = "R2", Name = "Directie Fixture Dienstverlening" };
            var unitA = new OrgUnit { Code = "U1", Name = "Team Fixture Vergunningen", Parent = rootA };
            var unitB = new OrgUnit { Code = "U2", Name = "Team Fixture Balie", Parent = rootB };
            db.OrgUnits.AddRange(rootA, rootB, unitA, unitB);
            await db.SaveChangesAsync();

            var procedure = Procedures.For(tenant);
            for (var i = 0; i < 6; i++)
            {
                var r = Open(tenantId, At(2026, 3, 10), ReportChannel.Named);
                Ok(r.Acknowledge(At(2026, 3, 12)), r.StartIntake(), r.Classify(Classified(IntegrityCategory.FinancialMisconduct, unitA, tenantId, wbk: i < 2), At(2026, 3, 13)),
                    r.Decide(true, procedure.Decider, procedure, At(2026, 3, 20)), r.Conclude(CaseOutcome.Substantiated, At(2026, 5, 1)),
                    r.RecordClosure(new(ClosureOutcome.Substantiated, InvestigatorKind.Internal, null, false, null), RecordedElsewhere.Nothing, new DateOnly(2026, 5, 1), At(2026, 5, 1)),
                    r.ShareOutcome(At(2026, 5, 2)), r.Close(At(2026, 5, 10)));
                db.Reports.Add(r);
                db.CaseMeasures.Add(Measure(r, i == 0 ? MeasureKind.WrittenWarning : MeasureKind.Reprimand, new DateOnly(2026, 5, 15)));
                if (i == 0)
                {
                    db.PoliceReports.Add(PoliceReport.Record(r, new DateOnly(2026, 5, 5), "de gemeentesecretaris", null, Guid.NewGuid(), At(2026, 5, 5)).Value!);
                }
            }

            for (var i = 0; i < 2; i++)
            {
                var r = Open(tenantId, At(2026, 7, 1), ReportChannel.Anonymous);
                Ok(r.Acknowledge(At(2026, 7, 20)), r.StartIntake(), r.Classify(Classified(IntegrityCategory.UnwantedBehaviour, null, null, wbk: false), At(2026, 7, 21)),
                    r.Decide(false, procedure.Decider, procedure, At(2026, 7, 22)),
                    r.RecordClosure(new(ClosureOutcome.NotAnIntegrityMatter, InvestigatorKind.None, null, false, null), RecordedElsewhere.Nothing, new DateOnly(2026, 7, 22), At(2026, 7, 22)),
                    r.ShareDecision(At(2026, 7, 23)), r.Close(At(2026, 7, 25)));
                db.Reports.Add(r);
            }

            for (var i = 0; i < 7; i++)
            {
                var r = Open(tenantId, At(2026, 10, 5), ReportChannel.Confidant);
                Ok(r.Acknowledge(At(2026, 10, 6)), r.StartIntake(), r.Classify(Classified(IntegrityCategory.MisuseOfResources, unitB, tenantId, wbk: false), At(2026, 10, 7)));
                db.Reports.Add(r);
            }

            for (var i = 0; i < 5; i++)
            {
                var r = Open(tenantId, At(2025, 11, 15), ReportChannel.ViaManager);
                Ok(r.Acknowledge(At(2025, 11, 16)), r.StartIntake(), r.Classify(Classified(IntegrityCategory.MisuseOfPosition, unitA, tenantId, wbk: false), At(2025, 11, 17)),
                    r.Decide(true, procedure.Decider, procedure, At(2025, 12, 1)), r.Conclude(CaseOutcome.Unsubstantiated, At(2026, 2, 1)),
                    r.RecordClosure(new(ClosureOutcome.Unsubstantiated, InvestigatorKind.External, 1000m, false, null), RecordedElsewhere.Nothing, new DateOnly(2026, 2, 1), At(2026, 2, 1)),
                    r.ShareOutcome(At(2026, 2, 2)), r.Close(At(2026, 2, 10)));
                db.Reports.Add(r);
                db.CaseMeasures.Add(Measure(r, MeasureKind.NoMeasure, new DateOnly(2026, 2, 15)));
            }

            await db.SaveChangesAsync();
            await DeclarationsAsync(db, tenantId);
            await ContactsAsync(db, tenantId, tenant);
            await OnboardingAsync(db, tenantId, tenant);
            return tenantId;
        }, tenant);
    }

    private static Report Open(Guid tenant, DateTimeOffset received, ReportChannel channel) =>
        Report.Open(Guid.CreateVersion7(), tenant, References.New(), ReportCategory.Corruption, channel, received, "k1", [1], [2]);

    private static CaseClassification Classified(IntegrityCategory category, OrgUnit? unit, Guid? tenant, bool wbk) =>
        new(category, null, unit?.Id, unit is null ? null : tenant, PersonConcerned.Employee, wbk, Retaliation: false, UnwantedBehaviour: category == IntegrityCategory.UnwantedBehaviour);

    private static CaseMeasure Measure(Report report, MeasureKind kind, DateOnly on)
    {
        var (decider, hr) = (Guid.NewGuid(), Guid.NewGuid());
        var measure = CaseMeasure.Record(report, kind, on, decider, hr, [decider], [hr], ProtocolRules.For(ReportFixture.Tenant), null,
            (_, _, _) => [], Guid.NewGuid(), new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return measure.Value ?? throw new InvalidOperationException(measure.Refusal!.Message);
    }

    private static void Ok(params Loket.Web.Infrastructure.Domain.Refusal?[] steps) =>
        Assert.All(steps, s => Assert.Null(s));

    private static async Task DeclarationsAsync(LoketDbContext db, Guid tenantId)
    {
        var staff = await db.Employees.OrderBy(e => e.EmployeeNumber).Select(e => e.Id).Take(2).ToListAsync();
        var (employee, decider) = (staff[0], staff[1]);
        var designated = new JobFunction { Code = "FIXFIN", Name = "Fixture treasurer", DesignatedForFinancialInterests = true };
        var ordinary = new JobFunction { Code = "FIXGEW", Name = "Fixture medewerker" };
        var treasurers = Enumerable.Range(0, 2).Select(i => new Employee { EmployeeNumber = $"FIX-T{i}", Name = $"Fixture Thesaurier {i}", JobFunction = designated, StartDate = new DateOnly(2020, 1, 1) }).ToList();
        var clerk = new Employee { EmployeeNumber = "FIX-G", Name = "Fixture Gewoon", JobFunction = ordinary, StartDate = new DateOnly(2020, 1, 1) };
        db.AddRange(designated, ordinary, clerk);
        db.AddRange(treasurers);
        await db.SaveChangesAsync();

        EmployeeDeclaration File(DeclarationBuilder builder, DateTimeOffset at, Guid? by = null) =>
            (builder with { TenantId = tenantId, EmployeeId = by ?? employee, DeciderId = null, SubmittedAt = at }).Build();
        void Decide(EmployeeDeclaration d, DeclarationStatus outcome, DateTimeOffset at, GiftDestination? destination = null) =>
            Assert.Null(d.Decide(new Decision(outcome, outcome == DeclarationStatus.Approved ? null : "Motivering van het besluit", ConditionsText: outcome == DeclarationStatus.ApprovedWithConditions ? "Alleen buiten werktijd" : null, GiftDestination: destination),
                GiftDestinations.Default, decider, false, true, at));

        var gifts = Enumerable.Range(0, 7).Select(_ => File(new DeclarationBuilder(), At(2026, 2, 1))).ToList();
        gifts.Take(5).ToList().ForEach(g => Decide(g, DeclarationStatus.Approved, At(2026, 2, 3), GiftDestination.Raffle));
        var old = File(new DeclarationBuilder(), At(2025, 6, 1));
        Decide(old, DeclarationStatus.Approved, At(2025, 6, 2), GiftDestination.Charity);
        var late = File(new DeclarationBuilder(), At(2025, 12, 20));
        Decide(late, DeclarationStatus.Refused, At(2026, 1, 5), GiftDestination.ReturnToGiver);

        var activities = Enumerable.Range(0, 3).Select(_ => File(DeclarationBuilder.SideActivity(), At(2026, 1, 10))).ToList();
        Decide(activities[0], DeclarationStatus.Approved, At(2026, 1, 12));
        Decide(activities[1], DeclarationStatus.ApprovedWithConditions, At(2026, 1, 12));
        Decide(activities[2], DeclarationStatus.Refused, At(2026, 1, 12));
        Assert.Null(activities[0].Publish(At(2026, 2, 1)));
        Assert.Null(activities[1].End(employee, new DateOnly(2026, 6, 30), At(2026, 7, 1)));

        var invitation = File(new DeclarationBuilder { Type = DeclarationType.Invitation, Answers = "{\"type\":\"invitation\"}", Description = new("Diner") }, At(2026, 4, 1));
        Decide(invitation, DeclarationStatus.Refused, At(2026, 4, 2));
        var interest = new DeclarationBuilder { Type = DeclarationType.FinancialInterest, Answers = "{\"type\":\"financial-interest\"}", Description = new("Aandelen", "Bouwbedrijf", "Aandelen") };
        var interests = treasurers.Select(t => File(interest, At(2026, 3, 1), t.Id)).Append(File(interest, At(2026, 3, 1), clerk.Id)).ToList();
        var circumstance = File(new DeclarationBuilder { Type = DeclarationType.PrivateCircumstance, Answers = "{\"type\":\"private-circumstance\"}", Description = new("Betalingsregeling") }, At(2026, 3, 1));
        db.Declarations.AddRange([.. gifts, old, late, .. activities, invitation, .. interests, circumstance]);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Two new civil servants: one trained on 20 December 2025 and sworn in on 30 December 2025 (recorded in January),
    /// one trained and sworn in in 2026; and yearly checks, one for 2025 and three for 2026.
    /// </summary>
    private static async Task OnboardingAsync(LoketDbContext db, Guid tenantId, string tenant)
    {
        var fresh = await db.Employees.Where(e => e.TenantId == tenantId && e.EmploymentType == EmploymentType.Ambtenaar
                && !db.Checklists.Any(c => c.EmployeeId == e.Id) && !db.YearlyChecks.Any(c => c.EmployeeId == e.Id))
            .OrderBy(e => e.Id).Take(3).ToListAsync();
        var code = Loket.Web.Onboarding.OnboardingCodes.For(tenant)!;
        var oath = new Loket.Web.Onboarding.OathRecord("Ambtseed", "Ik zweer …", "Uitvoeringsbesluit Ambtenarenwet 2017, bijlage", Loket.Web.Onboarding.OathForm.Oath,
            default, "Alphen aan den Rijn", "De gemeentesecretaris", "Een collega", At(2026, 1, 5));
        foreach (var (person, trained, sworn) in new[] { (fresh[0], new DateOnly(2025, 12, 20), new DateOnly(2025, 12, 30)), (fresh[1], new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 1)) })
        {
            var checklist = Loket.Web.Onboarding.Checklist.Open(person, null, code, At(2025, 12, 1), null);
            // The counted municipality (Alphen) has the training on every civil servant's list; the chain tests' others may not.
            if (checklist.Item(Loket.Web.Onboarding.ItemKind.IntroductionTraining) is not null)
            {
                Ok(checklist.RecordTraining(Loket.Web.Onboarding.ItemKind.IntroductionTraining, trained, "Bureau Integriteit", new DateOnly(2026, 3, 2)));
            }

            Ok(checklist.RecordOath(oath with { TakenOn = sworn }, code, new DateOnly(2026, 3, 2)));
            db.Checklists.Add(checklist);
        }

        db.YearlyChecks.AddRange([Loket.Web.Onboarding.YearlyCheck.Confirm(tenantId, fresh[0].Id, 2025, 0, At(2025, 11, 1)),
            .. fresh.Select(e => Loket.Web.Onboarding.YearlyCheck.Confirm(tenantId, e.Id, 2026, 0, At(2026, 11, 1)))]);
        await db.SaveChangesAsync();
    }

    /// <summary>Nine contacts of 2026 handed over by the confidant, then a tenth registered after the handover.</summary>
    private static async Task ContactsAsync(LoketDbContext db, Guid tenantId, string tenant)
    {
        var confidant = await db.Users.Where(u => u.UserName == $"vertrouwenspersoon@{tenant}").Select(u => u.Id).SingleAsync();
        ConfidantContact Contact(ReportCategory category, ContactRoute route, ContactOutcome outcome) =>
            new() { ConfidantUserId = confidant, Date = new DateOnly(2026, 9, 1), Category = category, Route = route, Outcome = outcome };
        db.ConfidantContacts.AddRange([
            .. Enumerable.Range(0, 6).Select(_ => Contact(ReportCategory.UnwantedBehaviour, ContactRoute.InPerson, ContactOutcome.ListenedAndAdvised)),
            .. Enumerable.Range(0, 3).Select(_ => Contact(ReportCategory.Corruption, ContactRoute.Phone, ContactOutcome.ReferredToDesk))]);
        await db.SaveChangesAsync();
        var years = new Loket.Web.AnnualReport.ReportYears(2026, LoketApp.Start);
        var counts = await Loket.Web.AnnualReport.ContactCounts.CountAsync(db, [tenantId], confidant, years, default);
        db.ContactContributions.Add(Loket.Web.AnnualReport.ContactContribution.Hand(tenantId, 2026, confidant, counts, false, LoketApp.Start, 2026).Value!);
        db.ConfidantContacts.Add(Contact(ReportCategory.Corruption, ContactRoute.Email, ContactOutcome.Ongoing));
        await db.SaveChangesAsync();
    }
}
