namespace Loket.Web.AnnualReport;

/// <summary>
/// The table keys and the row labels that the report's equations name (<see cref="Suppression.ReportRelations"/>),
/// so the builder and the relations cannot drift apart.
/// </summary>
internal static class Rows
{
    public const string Total = "Totaal";

    public static class Tables
    {
        public const string KeyFigures = "kerncijfers";
        public const string ByCategory = "meldingen-categorie";
        public const string ByOutcome = "meldingen-uitkomst";
        public const string ByChannel = "meldingen-kanaal";
        public const string ByUnit = "meldingen-afdeling";
        public const string ByMonth = "meldingen-maand";
        public const string Handling = "behandeling";
        public const string Investigator = "onderzoeker";
        public const string LeadTime = "doorlooptijd";
        public const string Acknowledgement = "termijn-ontvangst";
        public const string Feedback = "termijn-terugkoppeling";
        public const string PoliceReports = "aangiften";
        public const string Wbk = "klokkenluiders";
        public const string Measures = "maatregelen";
        public const string ContactThemes = "contacten-onderwerp";
        public const string ContactRoutes = "contacten-route";
        public const string ContactOutcomes = "contacten-uitkomst";
        public const string SideActivities = "nevenwerkzaamheden";
        public const string SideActivitiesEnded = "nevenwerkzaamheden-einde";
        public const string GiftDecisions = "geschenken-besluit";
        public const string GiftDestinations = "geschenken-bestemming";
        public const string Invitations = "uitnodigingen";
        public const string FinancialInterests = "financiele-belangen";
        public const string DesignatedFunctions = "aangewezen-functies";
        public const string CountsOnly = "relaties-omstandigheden";
        public const string Onboarding = "onboarding";
    }

    public const string Reports = "Meldingen ontvangen";
    public const string Investigations = "Onderzoeken";
    public const string SubstantiatedShare = "Gegrond of deels gegrond (% van de afgesloten meldingen)";
    public const string MeasuresTaken = "Maatregelen";
    public const string Contacts = "Contacten met vertrouwenspersonen";
    public const string SideActivitiesDeclared = "Nevenwerkzaamheden opgegeven";
    public const string SideActivitiesEnded = "Nevenwerkzaamheden beëindigd";
    public const string GiftsDeclared = "Geschenken opgegeven";
    public const string Employees = "Medewerkers in dienst op 31 december";
    public const string ReportsPerHundred = "Meldingen per 100 medewerkers";
    public const string OathsTaken = "Eed of belofte afgelegd";
    public const string YearlyChecks = "Jaarlijkse check bevestigd";

    public const string NoDecisionYet = "Nog geen besluit over onderzoek";
    public const string InquiryOnly = "Alleen vooronderzoek (besloten niet te onderzoeken)";
    public const string Investigated = "Onderzoek";

    public const string AcknowledgedInTime = "Binnen 7 dagen bevestigd";
    public const string AcknowledgedLate = "Later bevestigd";
    public const string NotAcknowledged = "Nog niet bevestigd";

    public const string Ended = "Beëindigd";
    public const string Undecided = "Nog geen besluit";
}
