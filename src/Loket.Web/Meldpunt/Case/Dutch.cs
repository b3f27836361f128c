namespace Loket.Web.Meldpunt.Case;

/// <summary>The Dutch words for the slice's enums, in one place for every page.</summary>
public static partial class Dutch
{
    public static string Of(ReportCategory category) => category switch
    {
        ReportCategory.Corruption => "Corruptie (omkoping, fraude, diefstal)",
        ReportCategory.ConflictOfInterest => "Belangenverstrengeling",
        ReportCategory.MisuseOfInformation => "Misbruik van informatie",
        ReportCategory.MisuseOfResources => "Misbruik van bedrijfsmiddelen",
        ReportCategory.UnwantedBehaviour => "Ongewenst gedrag",
        ReportCategory.Wrongdoing => "Misstand (maatschappelijk belang)",
        ReportCategory.Retaliation => "Benadeling na een melding",
        _ => category.ToString(),
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Received => "Ontvangen",
        CaseStatus.Acknowledged => "Ontvangst bevestigd",
        CaseStatus.Intake => "Vooronderzoek",
        CaseStatus.Investigation => "Onderzoek",
        CaseStatus.Concluded => "Afgerond",
        CaseStatus.Closed => "Gesloten",
        _ => status.ToString(),
    };

    public static string Of(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Substantiated => "Gegrond",
        CaseOutcome.PartlySubstantiated => "Deels gegrond",
        CaseOutcome.Unsubstantiated => "Ongegrond",
        CaseOutcome.NotInvestigated => "Niet onderzocht",
        _ => outcome.ToString(),
    };

    public static string Of(ReportChannel channel) => channel switch
    {
        ReportChannel.Named => "Op naam",
        ReportChannel.Anonymous => "Anoniem",
        ReportChannel.Confidant => "Via vertrouwenspersoon",
        ReportChannel.Oral => "Mondeling",
        ReportChannel.ViaManager => "Via de leidinggevende",
        ReportChannel.ViaManagersManager => "Via de leidinggevende van de leidinggevende",
        ReportChannel.ViaSecretary => "Via de gemeentesecretaris",
        _ => channel.ToString(),
    };

    public static string Of(ClockKind kind) => kind == ClockKind.Acknowledge ? "Ontvangstbevestiging" : "Terugkoppeling";

    public static string Of(ClockState state) => state switch
    {
        ClockState.Open => "Loopt",
        ClockState.DueSoon => "Verloopt binnenkort",
        ClockState.Overdue => "Te laat",
        ClockState.Met => "Gehaald",
        _ => state.ToString(),
    };

    public static string Of(EntryKind kind) => kind switch
    {
        EntryKind.MessageFromReporter => "Bericht van de melder",
        EntryKind.MessageToReporter => "Bericht aan de melder",
        EntryKind.Note => "Notitie",
        EntryKind.Interview => "Verslag van een gesprek",
        EntryKind.Transcript => "Verslag van de mondelinge melding",
        EntryKind.Decision => "Besluit over onderzoek",
        EntryKind.Conclusion => "Conclusie",
        EntryKind.Measures => "Maatregelen (verwijzing)",
        EntryKind.DecisionForReporter => "Uitleg aan de melder: geen onderzoek",
        EntryKind.OutcomeForReporter => "Uitkomst voor de melder",
        _ => kind.ToString(),
    };

    public static string Date(DateTimeOffset at) => Infrastructure.Time.DutchTime.Written(at);

    public static string DateTime(DateTimeOffset at) => $"{Infrastructure.Time.DutchTime.Written(at)} {Infrastructure.Time.DutchTime.Time(at)}";
}
