namespace Loket.Web.Meldpunt.Case;

// The Dutch words for the counted case record (issue 17.2).
public static partial class Dutch
{
    public static string Of(IntegrityCategory category) => category switch
    {
        IntegrityCategory.FinancialMisconduct => "Financiële schendingen (fraude, diefstal, verduistering, corruptie)",
        IntegrityCategory.MisuseOfPosition => "Misbruik van positie en belangenverstrengeling",
        IntegrityCategory.InformationLeaksAndMisuse => "Lekken en misbruik van informatie",
        IntegrityCategory.MisuseOfPowers => "Misbruik van bevoegdheden",
        IntegrityCategory.UnwantedBehaviour => "Ongewenste omgangsvormen",
        IntegrityCategory.PrivateMisconduct => "Misdragingen in de privésfeer",
        IntegrityCategory.MisuseOfResources => "Oneigenlijk gebruik van dienstmiddelen of overschrijding van interne regels",
        IntegrityCategory.WbkWrongdoing => "Misstand volgens de klokkenluidersregeling",
        _ => category.ToString(),
    };

    public static string Of(PersonConcerned concerned) => concerned switch
    {
        PersonConcerned.Employee => "Medewerker in dienst",
        PersonConcerned.Hired => "Ingehuurde kracht",
        PersonConcerned.PoliticalOfficeHolder => "Politiek ambtsdrager (raad, college, burgemeester)",
        PersonConcerned.Unknown => "Onbekend",
        _ => concerned.ToString(),
    };

    public static string Of(ClosureOutcome outcome) => outcome switch
    {
        ClosureOutcome.Substantiated => "Gegrond",
        ClosureOutcome.PartlySubstantiated => "Deels gegrond",
        ClosureOutcome.Unsubstantiated => "Ongegrond",
        ClosureOutcome.NotAnIntegrityMatter => "Geen integriteitskwestie",
        ClosureOutcome.Stopped => "Afgebroken",
        _ => outcome.ToString(),
    };

    public static string Of(InvestigatorKind investigator) => investigator switch
    {
        InvestigatorKind.None => "Geen onderzoek",
        InvestigatorKind.Internal => "De gemeente zelf",
        InvestigatorKind.External => "Een extern bureau",
        _ => investigator.ToString(),
    };

    public static string Of(ReportMedium medium) => medium == ReportMedium.Oral ? "Mondeling" : "Schriftelijk (brief of e-mail)";
}
