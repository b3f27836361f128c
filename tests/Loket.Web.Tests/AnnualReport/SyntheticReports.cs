using Loket.Web.AnnualReport;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>
/// Reports made from invented cases and gifts, counted into the real table keys and labels so every relation
/// the suppression knows holds: each table adds up, the tables over the same cases share their total, the
/// feedback table counts the acknowledged ones, and a desk's whole is the sum of its municipalities.
/// </summary>
internal static class SyntheticReports
{
    private static readonly string[] Categories = ["Fraude", "Belangen", "Informatie", "Omgang", "Middelen"];
    private static readonly string[] Channels = ["Op naam", "Anoniem", "Vertrouwenspersoon", "Leidinggevende"];
    private static readonly string[] Outcomes = ["Gegrond", "Ongegrond", "Geen integriteitskwestie", "Lopend"];
    private static readonly string[] Acknowledgements = [Rows.AcknowledgedInTime, Rows.AcknowledgedLate, Rows.NotAcknowledged];
    private static readonly string[] Feedbacks = ["Op tijd", "Te laat", "Loopt"];
    private static readonly string[] Investigators = ["Intern", "Extern", "Nog niet vastgelegd"];
    private static readonly string[] Decisions = ["Goedgekeurd", "Met voorwaarden", "Afgewezen", Rows.Undecided];
    private static readonly string[] Destinations = ["Verloten", "Goed doel", "Teruggeven"];

    public sealed record Case(string Category, string Channel, string Outcome, string Acknowledgement, string Feedback, string? Investigator);

    public sealed record Gift(string Decision, string? Destination);

    /// <summary>A year's invented data: up to <paramref name="most"/> cases and gifts.</summary>
    public static (List<Case> Cases, List<Gift> Gifts) Year(Random random, int most)
    {
        var cases = Enumerable.Range(0, random.Next(most + 1)).Select(_ =>
        {
            var ack = Pick(random, Acknowledgements);
            return new Case(Pick(random, Categories), Pick(random, Channels), Pick(random, Outcomes), ack,
                ack == Rows.NotAcknowledged ? "" : Pick(random, Feedbacks), random.Next(3) == 0 ? Pick(random, Investigators) : null);
        }).ToList();
        var gifts = Enumerable.Range(0, random.Next(most * 3 + 1)).Select(_ =>
        {
            var decision = Pick(random, Decisions);
            return new Gift(decision, decision == Rows.Undecided ? null : Pick(random, Destinations));
        }).ToList();
        return (cases, gifts);
    }

    public static CountedReport Count(string name, IReadOnlyList<(List<Case> Cases, List<Gift> Gifts)> years)
    {
        long[] Per(Func<(List<Case> Cases, List<Gift> Gifts), long> count) => [.. years.Select(count)];
        var investigated = years.Select(y => y.Cases.Where(c => c.Investigator is not null).ToList()).ToList();
        return new(name, 2026, [2024, 2025, 2026],
        [
            new("kerncijfers", "Kerncijfers", null,
            [
                Make.Counts(Rows.Tables.KeyFigures, "Kerncijfers", "Kerncijfer",
                [
                    Make.Row(Rows.Reports, Per(y => y.Cases.Count)),
                    Make.Row(Rows.Investigations, [.. investigated.Select(i => (long)i.Count)]),
                    Make.Row(Rows.GiftsDeclared, Per(y => y.Gifts.Count)),
                    Make.Derived("Gegrond (%)", Loket.Web.AnnualReport.CellKind.Percentage,
                        [.. years.Select(y => Make.Percentage(y.Cases.Count(c => c.Outcome == "Gegrond"), y.Cases.Count))],
                        new RowRef(Rows.Tables.ByOutcome, "Gegrond"), new RowRef(Rows.Tables.ByOutcome, Rows.Total)),
                ]),
            ]),
            new("meldingen", "Meldingen", null,
            [
                Make.Partition(Rows.Tables.ByCategory, "Soort", "Soort", Categories.Select(c => (c, Per(y => y.Cases.Count(x => x.Category == c))))),
                Make.Partition(Rows.Tables.ByChannel, "Kanaal", "Kanaal", Channels.Select(c => (c, Per(y => y.Cases.Count(x => x.Channel == c))))),
                Make.Partition(Rows.Tables.ByOutcome, "Uitkomst", "Uitkomst", Outcomes.Select(c => (c, Per(y => y.Cases.Count(x => x.Outcome == c))))),
                Make.Partition(Rows.Tables.Handling, "Behandeling", "Behandeling",
                    [(Rows.InquiryOnly, Per(y => y.Cases.Count(x => x.Investigator is null))), (Rows.Investigated, Per(y => y.Cases.Count(x => x.Investigator is not null)))]),
                Make.Partition(Rows.Tables.Investigator, "Onderzoeker", "Onderzoeker",
                    Investigators.Select(i => (i, investigated.Select(list => (long)list.Count(x => x.Investigator == i)).ToArray()))),
                Make.Partition(Rows.Tables.Acknowledgement, "Ontvangst", "Ontvangst", Acknowledgements.Select(a => (a, Per(y => y.Cases.Count(x => x.Acknowledgement == a))))),
                Make.Partition(Rows.Tables.Feedback, "Terugkoppeling", "Terugkoppeling", Feedbacks.Select(f => (f, Per(y => y.Cases.Count(x => x.Feedback == f))))),
            ]),
            new("registers", "Registers", null,
            [
                Make.Partition(Rows.Tables.GiftDecisions, "Besluit", "Besluit", Decisions.Select(d => (d, Per(y => y.Gifts.Count(g => g.Decision == d))))),
                Make.Partition(Rows.Tables.GiftDestinations, "Bestemming", "Bestemming",
                    [.. Destinations.Select(d => (d, Per(y => y.Gifts.Count(g => g.Destination == d)))), (Rows.Undecided, Per(y => y.Gifts.Count(g => g.Destination is null)))]),
            ]),
        ]);
    }

    /// <summary>The desk as a whole: every year's cases and gifts of all its municipalities together.</summary>
    public static CountedReport Whole(string name, IReadOnlyList<IReadOnlyList<(List<Case> Cases, List<Gift> Gifts)>> municipalities) =>
        Count(name, [.. Enumerable.Range(0, 3).Select(y => (municipalities.SelectMany(m => m[y].Cases).ToList(), municipalities.SelectMany(m => m[y].Gifts).ToList()))]);

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];
}
