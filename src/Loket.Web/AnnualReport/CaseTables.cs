using System.Globalization;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.AnnualReport;

/// <summary>The desk's chapters (instruments.md 1.4 C, D and F) from <see cref="CaseFigures"/>.</summary>
internal static class CaseTables
{
    public const string FeedbackInTime = "Binnen 3 maanden teruggekoppeld";
    public const string FeedbackLate = "Later teruggekoppeld";
    public const string FeedbackRunning = "Nog niet teruggekoppeld, termijn loopt nog";
    public const string FeedbackOverdue = "Nog niet teruggekoppeld, termijn verstreken";
    public const string Wbk = "Vermoeden van een misstand (Wet bescherming klokkenluiders)";
    public const string Retaliation = "Benadeling na een melding";
    public const string UnwantedBehaviour = "Ongewenste omgangsvormen";

    private const string YearNote = "Een melding telt in het jaar van ontvangst, zoals zij er op 31 december van dat jaar voor stond.";

    /// <summary><paramref name="units"/>: each department's top-level unit name; null for a desk as a whole, whose departments differ per municipality.</summary>
    public static CountedSection Reports(CaseFigures f, IReadOnlyDictionary<Guid, string>? units)
    {
        var tables = new List<CountedTable>
        {
            Make.Partition(Rows.Tables.ByCategory, "Meldingen naar soort schending", "Soort",
                [.. Enum.GetValues<IntegrityCategory>().Select(c => (Dutch.Of(c), f.ByCategory.Of(c))), ("Nog niet ingedeeld", f.ByCategory.Of(null))],
                YearNote + " De indeling is die van de sector Rijk.", ReportChart.Bars),
            Make.Partition(Rows.Tables.ByOutcome, "Meldingen naar uitkomst", "Uitkomst",
                [.. Enum.GetValues<ClosureOutcome>().Select(o => (Dutch.Of(o), f.ByOutcome.Of(o))), ("Lopend", f.ByOutcome.Of(null))], YearNote),
            Make.Partition(Rows.Tables.ByChannel, "Meldingen naar kanaal", "Kanaal",
                Enum.GetValues<ReportChannel>().Select(c => (Dutch.Of(c), f.ByChannel.Of(c))), YearNote),
        };
        if (units is not null)
        {
            var byRoot = units.Values.Distinct().Order(StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), false))
                .Select(name => (name, Make.Years(y => f.ByUnit.Keys.Where(k => k is { } id && units.TryGetValue(id, out var root) && root == name).Sum(k => f.ByUnit.Of(k)[y]))));
            var unknown = Make.Years(y => f.ByUnit.Keys.Where(k => k is not { } id || !units.ContainsKey(id)).Sum(k => f.ByUnit.Of(k)[y]));
            tables.Add(Make.Partition(Rows.Tables.ByUnit, "Meldingen naar organisatieonderdeel", "Organisatieonderdeel",
                [.. byRoot, ("Onbekend of niet vastgelegd", unknown)], YearNote + " Per onderdeel op het hoogste niveau, zodat een klein team niet herkenbaar is."));
        }

        tables.Add(Make.Partition(Rows.Tables.ByMonth, "Meldingen naar maand van ontvangst", "Maand",
            Enumerable.Range(1, 12).Select(m => (new DateOnly(2000, m, 1).ToString("MMMM", CultureInfo.GetCultureInfo("nl-NL")), f.ByMonth.Of(m))), chart: ReportChart.Lines));
        return new("meldingen", "Meldingen van vermoedens van integriteitsschendingen", null, tables);
    }

    public static CountedSection Handling(CaseFigures f)
    {
        var external = new RowRef(Rows.Tables.Investigator, Dutch.Of(InvestigatorKind.External));
        var closed = new RowRef(Rows.Tables.LeadTime, "Afgesloten meldingen");
        var total = new RowRef(Rows.Tables.Acknowledgement, Rows.Total);
        var inTime = new RowRef(Rows.Tables.Acknowledgement, Rows.AcknowledgedInTime);
        var feedbackTotal = new RowRef(Rows.Tables.Feedback, Rows.Total);
        var feedbackInTime = new RowRef(Rows.Tables.Feedback, FeedbackInTime);
        return new("afhandeling", "Afhandeling en onderzoek", null,
        [
            Make.Partition(Rows.Tables.Handling, "Vooronderzoek en onderzoek", "Behandeling",
                [(Rows.NoDecisionYet, f.Handling.Of(Rows.NoDecisionYet)), (Rows.InquiryOnly, f.Handling.Of(Rows.InquiryOnly)), (Rows.Investigated, f.Handling.Of(Rows.Investigated))]),
            Make.Partition(Rows.Tables.Investigator, "Wie onderzocht", "Onderzoeker",
                [(Dutch.Of(InvestigatorKind.Internal), f.ByInvestigator.Of(InvestigatorKind.Internal)), (external.Row, f.ByInvestigator.Of(InvestigatorKind.External)),
                    ("Nog niet vastgelegd", f.ByInvestigator.Of(null))],
                "Alleen meldingen waarover besloten is ze te onderzoeken. De kosten tellen alleen mee als er minstens zoveel externe onderzoeken waren als de drempel.",
                after: [Make.Derived("Kosten van externe onderzoeken", CellKind.Euro, Make.PerYear(y => f.ExternalCostCents[y] / 100m), external)]),
            Make.Counts(Rows.Tables.LeadTime, "Doorlooptijd van ontvangst tot afsluiting", "Doorlooptijd",
                [Make.Row(closed.Row, f.Closed), Make.Derived("Mediaan (dagen)", CellKind.Days, f.MedianDays, closed), Make.Derived("90e percentiel (dagen)", CellKind.Days, f.NinetiethDays, closed)],
                "Meldingen die in het jaar zijn afgesloten. Het 90e percentiel: 9 van de 10 meldingen waren binnen zoveel dagen afgesloten."),
            Make.Partition(Rows.Tables.Acknowledgement, "Ontvangstbevestiging binnen 7 dagen (Wet bescherming klokkenluiders)", "Ontvangstbevestiging",
                [.. new[] { Rows.AcknowledgedInTime, Rows.AcknowledgedLate, Rows.NotAcknowledged }.Select(r => (r, f.Acknowledgement.Of(r)))],
                after: [Make.Derived("Binnen 7 dagen (%)", CellKind.Percentage, Make.PerYear(y => Make.Percentage(f.Acknowledgement.Of(Rows.AcknowledgedInTime)[y], Sum(f.Acknowledgement, y))), inTime, total)]),
            Make.Partition(Rows.Tables.Feedback, "Terugkoppeling binnen 3 maanden na de ontvangstbevestiging", "Terugkoppeling",
                [.. new[] { FeedbackInTime, FeedbackLate, FeedbackRunning, FeedbackOverdue }.Select(r => (r, f.Feedback.Of(r)))],
                "Alleen meldingen waarvan de ontvangst is bevestigd.",
                after: [Make.Derived("Binnen 3 maanden (%)", CellKind.Percentage, Make.PerYear(y => Make.Percentage(f.Feedback.Of(FeedbackInTime)[y], Sum(f.Feedback, y))), feedbackInTime, feedbackTotal)]),
            Make.Counts(Rows.Tables.PoliceReports, "Aangifte bij de politie", "Aangifte", [Make.Row("Aangiften gedaan", f.PoliceReports)],
                "Aangiften (Wetboek van Strafvordering art. 162) naar de datum waarop ze zijn gedaan. Bijzondere middelen zoals heimelijk cameratoezicht worden nog niet vastgelegd."),
        ]);
    }

    public static CountedSection Whistleblowers(CaseFigures f) => new("klokkenluiders", "Klokkenluiders en benadeling",
        "Een melding kan meer dan één kenmerk hebben; de rijen tellen daarom niet op. Verwijzingen naar het Huis voor Klokkenluiders of een andere bevoegde autoriteit worden bij een melding nog niet vastgelegd.",
        [Make.Counts(Rows.Tables.Wbk, "Meldingen met een bijzondere wettelijke route", "Kenmerk", [.. new[] { Wbk, Retaliation, UnwantedBehaviour }.Select(r => Make.Row(r, f.Flags.Of(r)))])]);

    private static long Sum(Tally<string> tally, int year) => tally.Keys.Sum(k => tally.Of(k)[year]);
}
