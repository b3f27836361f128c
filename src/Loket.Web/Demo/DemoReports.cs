using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Loket.Web.Meldpunt.Filing;
using Loket.Web.Tenants;
using Microsoft.Extensions.Options;

namespace Loket.Web.Demo;

/// <summary>
/// Reports of a demo municipality at every step of the case workflow: just in, one whose acknowledgement
/// is overdue, acknowledged and taken, in investigation with its feedback clock running, feedback given,
/// closed, and a retaliation report linked to the closed case. Filed through <see cref="ReportIntake"/>
/// on the day they came in (sealed with their own key, exclusions tagged) and moved on by the case's own
/// steps, writing the entries the desk's page writes.
/// </summary>
internal static class DemoReports
{
    public static async Task AddAsync(IServiceProvider services, TimeProvider time, Tenant tenant, DemoPeople people, DemoStory story, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<LoketDbContext>();
        var crypto = services.GetRequiredService<CaseCrypto>();
        var officer = people.User("integriteit").Id;
        var secretary = people.User("secretaris").Id;
        var procedure = Procedures.For(tenant.PolicySlug);
        var decider = procedure.Decider == Role.IntegrityOfficer ? officer : secretary;
        var today = time.Today();

        DateTimeOffset At(int daysAgo, int hour)
        {
            var local = today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0));
            return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        }

        // Filed on the day it came in, by the intake every channel uses.
        async Task<Report> FileAsync(ReportCategory category, ReportChannel channel, string text, int daysAgo, Guid? related = null)
        {
            var intake = new ReportIntake(db, crypto, services.GetRequiredService<ReceiptCodes>(), services.GetRequiredService<Exclusions>(),
                services.GetRequiredService<CaseAccess>(), services.GetRequiredService<JobNotifications>(), new FixedTime(At(daysAgo, 10)), services.GetRequiredService<IOptions<MeldpuntOptions>>());
            var filed = await intake.FileAsync(new NewReport(tenant.Id, category, channel, text, null, today.AddDays(-daysAgo - 5), related),
                withReceiptCode: channel == ReportChannel.Anonymous, cancellationToken: cancellationToken);
            return filed.Report;
        }

        void Acknowledge(Report report, int daysAgo)
        {
            var at = At(daysAgo, 11);
            if (report.AcknowledgedAt is null)
            {
                Succeeds(report.Acknowledge(at));
                db.CaseEntries.Add(crypto.NewEntry(report, EntryKind.MessageToReporter, ReportIntake.Acknowledgement(at), at, officer));
            }

            Succeeds(report.Take(officer, Role.IntegrityOfficer, "Ik ben de integriteitscoördinator van deze gemeente.", at));
        }

        void Investigate(Report report, int daysAgo, bool investigate, string motivation)
        {
            Succeeds(report.StartIntake());
            var at = At(daysAgo, 16);
            Succeeds(report.Decide(investigate, procedure.Decider, procedure, at));
            db.CaseEntries.Add(crypto.NewEntry(report, EntryKind.Decision, $"{(investigate ? "Wel onderzoeken" : "Niet onderzoeken")}: {motivation}", at, decider));
        }

        // What the reporter reads about the decision or the outcome, in the desk's words (issue 17.5); it is feedback too.
        void Share(Report report, int daysAgo, EntryKind kind, string text)
        {
            var at = At(daysAgo, 10);
            Succeeds(kind == EntryKind.DecisionForReporter ? report.ShareDecision(at) : report.ShareOutcome(at));
            var entry = crypto.NewEntry(report, kind, text, at, officer);
            entry.IsFeedback = true;
            db.CaseEntries.Add(entry);
        }

        // The counted classification at intake (issue 17.2): the default the reporter's choice suggests.
        void Classify(Report report, int daysAgo) =>
            Succeeds(report.Classify(new CaseClassification(IntakeRoutes.Suggested(report.Category), null, null, null, PersonConcerned.Employee,
                report.Category == ReportCategory.Wrongdoing, report.Category == ReportCategory.Retaliation, report.Category == ReportCategory.UnwantedBehaviour), At(daysAgo, 12)));

        // Just in, and one nobody acknowledged within the seven days: the dashboard shows it overdue.
        await FileAsync(ReportCategory.MisuseOfInformation, ReportChannel.Anonymous, story.InformationReport, 1);
        await FileAsync(ReportCategory.MisuseOfResources, ReportChannel.Named, story.ResourcesReport, 9);

        // Acknowledged and taken by the coordinator; filed by the confidant for a reporter whose name stays with her.
        var confided = await FileAsync(ReportCategory.UnwantedBehaviour, ReportChannel.Confidant, story.BehaviourReport, 12);
        db.ReporterIdentities.Add(crypto.NewIdentity(confided, people.Employees["1014"].Name, people.User("vertrouwenspersoon").Id, consent: false));
        Acknowledge(confided, 10);

        // In investigation; the three-month feedback clock falls due within two weeks.
        var investigated = await FileAsync(ReportCategory.Corruption, ReportChannel.Named, story.CorruptionReport, 82);
        db.ReporterIdentities.Add(crypto.NewIdentity(investigated, people.Employee.Name, confidantUserId: null, consent: true));
        Acknowledge(investigated, 80);
        Investigate(investigated, 60, investigate: true, "De signalen zijn concreet genoeg; de dossiers worden onderzocht.");
        db.CaseEntries.Add(crypto.NewEntry(investigated, EntryKind.Note, story.InvestigationNote, At(40, 15), officer));

        // Feedback given: looked into, not investigated further.
        var answered = await FileAsync(ReportCategory.Wrongdoing, ReportChannel.Anonymous, story.WrongdoingReport, 130);
        Acknowledge(answered, 128);
        Investigate(answered, 110, investigate: false, "Na het vooronderzoek is er geen aanwijzing voor een integriteitsschending; het is met de leidinggevende besproken.");
        Classify(answered, 120);
        Share(answered, 100, EntryKind.DecisionForReporter, "Wij hebben je melding bekeken in een vooronderzoek. Er is geen aanleiding voor een verder onderzoek; de leidinggevende heeft de werkafspraken in het team aangescherpt.");

        // Closed after an investigation that found it substantiated.
        var closed = await FileAsync(ReportCategory.ConflictOfInterest, ReportChannel.Named, story.InterestReport, 300);
        Acknowledge(closed, 298);
        Investigate(closed, 280, investigate: true, "Er zijn aanwijzingen dat een medewerker een eigen belang niet heeft gemeld.");
        Succeeds(closed.Conclude(CaseOutcome.Substantiated, At(200, 14)));
        db.CaseEntries.Add(crypto.NewEntry(closed, EntryKind.Conclusion, "Gegrond: de medewerker had een eigen belang bij de zaak, heeft dat niet gemeld en had de zaak niet mogen behandelen.", At(200, 14), officer));
        db.CaseEntries.Add(crypto.NewEntry(closed, EntryKind.Measures, "Schriftelijke berisping; zaken van bekenden worden voortaan door een collega behandeld.", At(195, 11), officer));
        Classify(closed, 290);
        Share(closed, 190, EntryKind.OutcomeForReporter, "Het onderzoek naar je melding is afgerond en je melding is gegrond bevonden. Er zijn maatregelen genomen; welke, mogen wij je niet vertellen.");
        Succeeds(closed.RecordClosure(new ClosureRecord(ClosureOutcome.Substantiated, InvestigatorKind.Internal, null, false, null), RecordedElsewhere.Nothing, today.AddDays(-186), At(186, 9)));
        Succeeds(closed.Close(At(185, 9)));

        // The reporter of the case in investigation reports retaliation: high priority from the start, linked to it
        // (the intake reads the linked case's exclusions from the database, so it is saved first).
        await db.SaveChangesAsync(cancellationToken);
        var retaliation = await FileAsync(ReportCategory.Retaliation, ReportChannel.Named, story.Retaliation, 5, investigated.Id);
        Acknowledge(retaliation, 4);
    }

    private static void Succeeds(Refusal? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"A demo case step was refused: {refusal.Message}");
        }
    }

    /// <summary>The intake reads the time it was filed at from here: the day the demo's report came in.</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
