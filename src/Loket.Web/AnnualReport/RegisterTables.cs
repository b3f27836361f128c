using Loket.Policy;
using Loket.Web.Confidants;
using Loket.Web.Declarations;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Measures;

namespace Loket.Web.AnnualReport;

/// <summary>The chapters on measures (E), the confidants (H) and the registers (I) of instruments.md 1.4.</summary>
internal static class RegisterTables
{
    private const string SubmittedNote = "Een opgave telt in het jaar waarin zij is ingediend, met het besluit dat er op 31 december van dat jaar over was.";

    public static CountedSection Measures(Tally<MeasureKind> measures) => new("maatregelen", "Maatregelen", null,
    [
        Make.Partition(Rows.Tables.Measures, "Maatregelen naar soort", "Maatregel",
            Enum.GetValues<MeasureKind>().Select(k => (k.Dutch(), measures.Of(k))),
            "Naar het jaar waarin over de maatregel is besloten. Persoonlijke maatregelen worden genomen door wie de gedragscode aanwijst, na advies van HR.", ReportChart.Bars),
    ]);

    public static CountedSection Confidants(ContactCounts contacts, string? missing) => new("vertrouwenspersonen", "Vertrouwenspersonen",
        "De vertrouwenspersonen houden een registratie zonder namen bij en dragen hun cijfers per jaar over aan de integriteitscoördinator. " + missing,
    [
        Make.Partition(Rows.Tables.ContactThemes, "Contacten naar onderwerp", "Onderwerp", Enum.GetValues<ReportCategory>().Select(c => (Dutch.Of(c), contacts.Themes.Of(c))), chart: ReportChart.Bars),
        Make.Partition(Rows.Tables.ContactRoutes, "Contacten naar manier van contact", "Manier van contact", Enum.GetValues<ContactRoute>().Select(r => (ContactLabels.Of(r), contacts.Routes.Of(r)))),
        Make.Partition(Rows.Tables.ContactOutcomes, "Contacten naar afloop", "Afloop", Enum.GetValues<ContactOutcome>().Select(o => (ContactLabels.Of(o), contacts.Outcomes.Of(o))),
            "“Doorverwezen” omvat verwijzingen naar buiten de organisatie, zoals het Huis voor Klokkenluiders."),
    ]);

    public static CountedSection Registers(RegisterFigures f) => new("registers", "Preventie: de registers", null,
    [
        Make.Partition(Rows.Tables.SideActivities, "Nevenwerkzaamheden: besluiten", "Besluit", Decisions(f, DeclarationType.SideActivity),
            SubmittedNote + " Een wijziging van een eerder opgegeven nevenwerkzaamheid telt als opgave."),
        Make.Counts(Rows.Tables.SideActivitiesEnded, "Nevenwerkzaamheden: beëindigd en openbaar gemaakt", "Nevenwerkzaamheden",
            [Make.Row(Rows.Ended, f.SideActivitiesEnded), Make.Row("Openbaar gemaakt (topfunctionarissen, Ambtenarenwet 2017 art. 5)", f.SideActivitiesPublished)],
            "Beëindigd: naar de einddatum. Openbaar gemaakt: naar de dag van publicatie in het openbare register."),
        Make.Partition(Rows.Tables.GiftDecisions, "Geschenken: besluiten", "Besluit", Decisions(f, DeclarationType.Gift), SubmittedNote),
        Make.Partition(Rows.Tables.GiftDestinations, "Geschenken: bestemming", "Bestemming",
            [.. Enum.GetValues<GiftDestination>().Select(d => (d.Dutch(), f.GiftDestinations.Of(d))), (Rows.Undecided, f.GiftDestinations.Of(null))], SubmittedNote),
        Make.Partition(Rows.Tables.Invitations, "Uitnodigingen: besluiten", "Besluit", Decisions(f, DeclarationType.Invitation), SubmittedNote),
        Make.Partition(Rows.Tables.FinancialInterests, "Financiële belangen", "Opgegeven door",
            [("Een aangewezen functie (verplicht, Ambtenarenwet 2017 art. 5 lid 1 d)", f.InterestsOfDesignated), ("Een andere functie (vrijwillig)", f.InterestsOfOthers)],
            "Naar de functie die de medewerker nu heeft."),
        Make.Counts(Rows.Tables.DesignatedFunctions, "Aangewezen functies", "Aangewezen functies",
            [Make.Row("Functies aangewezen voor financiële belangen", f.DesignatedFunctions), Make.Row("Medewerkers in zo'n functie op 31 december", f.EmployeesDesignated)],
            "Het aantal aangewezen functies is dat van nu; eerdere aanwijzingen worden niet bewaard."),
        Make.Counts(Rows.Tables.CountsOnly, "Privérelaties en privéomstandigheden (alleen aantallen)", "Opgave",
            [.. new[] { DeclarationType.Relationship, DeclarationType.PrivateCircumstance, DeclarationType.FormerColleagueHire }
                .Select(t => Make.Row(DeclarationKinds.Of(t).RegisterTitle, f.Declared(t)))],
            "Van deze opgaven staan alleen aantallen in het jaarverslag."),
    ]);

    private static IEnumerable<(string, long[])> Decisions(RegisterFigures f, DeclarationType type) =>
    [
        (DeclarationStatus.Approved.Dutch(), f.ByDecision.Of((type, DeclarationStatus.Approved))),
        (DeclarationStatus.ApprovedWithConditions.Dutch(), f.ByDecision.Of((type, DeclarationStatus.ApprovedWithConditions))),
        (DeclarationStatus.Refused.Dutch(), f.ByDecision.Of((type, DeclarationStatus.Refused))),
        (Rows.Undecided, f.ByDecision.Of((type, DeclarationStatus.Submitted))),
    ];
}
