using Loket.Web.AnnualReport;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>
/// A published report as the outputs get it: three years, several sections, suppressed cells
/// ("&lt; 5") in counts, a total row, percentages, days, euros, a bar chart and a line chart, a label a
/// spreadsheet would run as a formula, and the coordinator's text.
/// </summary>
internal static class SampleReport
{
    public const int Threshold = 5;

    public static readonly string[] Years = ["2024", "2025", "2026"];

    public static AnnualReportDocument Build() => new(
        "Leidschendam-Voorburg",
        2026,
        [2024, 2025, 2026],
        Threshold,
        "Concept",
        [
            new ReportSection("kerncijfers", "Kerncijfers", "Het jaar in één oogopslag.",
            [
                new ReportTable("kern", "Kerncijfers", "Onderwerp", Years,
                [
                    Row("Meldingen", Count(12), Count(15), Count(9)),
                    Row("Onderzoeken", Count(6), ReportCell.Hidden(), Count(7)),
                    Row("Aandeel gegrond", Percent(50), Percent(37.5m), ReportCell.NotApplicable(CellKind.Percentage)),
                    Row("Meldingen per 100 medewerkers", new(1.2m, CellKind.PerHundred), new(1.55m, CellKind.PerHundred), new(0.9m, CellKind.PerHundred)),
                ]),
            ]),
            new ReportSection("meldingen", "Meldingen van vermoedens", null,
            [
                new ReportTable("categorie", "Meldingen per categorie", "Categorie", Years,
                [
                    Row("Ongewenste omgangsvormen", Count(8), Count(11), ReportCell.Hidden()),
                    Row("Financiële schendingen", ReportCell.Hidden(), Count(6), Count(7)),
                    Row("Lekken en misbruik van informatie", Count(5), ReportCell.Hidden(), ReportCell.Hidden()),
                    new ReportRow("Totaal", [Count(17), Count(22), Count(14)], IsTotal: true),
                ], Note: "Een melding valt in één categorie.", Chart: ReportChart.Bars),
                new ReportTable("maand", "Meldingen per maand", "Maand", Years,
                [
                    Row("januari", Count(6), Count(7), Count(5)),
                    Row("februari", ReportCell.Hidden(), Count(8), Count(9)),
                    Row("maart", Count(5), Count(5), ReportCell.Hidden()),
                    Row("april", Count(6), ReportCell.Hidden(), Count(5)),
                ], Chart: ReportChart.Lines),
            ]),
            new ReportSection("afhandeling", "Afhandeling en onderzoek", "Hoe lang een melding duurde en wat onderzoek kostte.",
            [
                new ReportTable("doorlooptijd", "Doorlooptijden", "Maat", Years,
                [
                    Row("Mediaan", Days(34), Days(41.5m), ReportCell.NotApplicable(CellKind.Days)),
                    Row("90e percentiel", Days(80), Days(95), ReportCell.Hidden(CellKind.Days)),
                ]),
                new ReportTable("extern", "Externe onderzoeken", "Onderzoek", Years,
                [
                    Row("Kosten", new(12500m, CellKind.Euro), new(8250.5m, CellKind.Euro), ReportCell.Hidden(CellKind.Euro)),
                    Row("=SOM(A1:A9)", Count(7), Count(8), Count(9)),
                ]),
            ]),
        ],
        [
            new ReportText("ontwikkelingen", "Ontwikkelingen", "Dit jaar startte het meldpunt met de regio.\n\nDe vertrouwenspersonen kregen een training."),
            new ReportText("doelen", "Doelen voor 2027", "Alle nieuwe medewerkers leggen de eed af in hun eerste maand."),
        ]);

    public static IEnumerable<ReportTable> Tables(AnnualReportDocument document) => document.Sections.SelectMany(s => s.Tables);

    private static ReportRow Row(string label, params ReportCell[] cells) => new(label, cells);

    private static ReportCell Count(int value) => ReportCell.Count(value);

    private static ReportCell Percent(decimal value) => new(value, CellKind.Percentage);

    private static ReportCell Days(decimal value) => new(value, CellKind.Days);
}
