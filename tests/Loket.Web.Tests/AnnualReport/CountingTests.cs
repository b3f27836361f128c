using Loket.Web.AnnualReport;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>Issue 18.1 and 18.7: every table of the report against the fixture counted by hand (<see cref="ReportFixture"/>).</summary>
public sealed class CountingTests
{
    // Table key, row label, then 2024, 2025, 2026: what the fixture adds to the demo organisation, counted by hand.
    public static readonly TheoryData<string, string, long[]> Expected = new()
    {
        { Rows.Tables.ByCategory, "Financiële schendingen (fraude, diefstal, verduistering, corruptie)", [0, 0, 6] },
        { Rows.Tables.ByCategory, "Misbruik van positie en belangenverstrengeling", [0, 5, 0] },
        { Rows.Tables.ByCategory, "Ongewenste omgangsvormen", [0, 0, 2] },
        { Rows.Tables.ByCategory, "Oneigenlijk gebruik van dienstmiddelen of overschrijding van interne regels", [0, 0, 7] },
        { Rows.Tables.ByCategory, "Nog niet ingedeeld", [0, 0, 0] },
        { Rows.Tables.ByCategory, Rows.Total, [0, 5, 15] },
        { Rows.Tables.ByOutcome, "Gegrond", [0, 0, 6] },
        { Rows.Tables.ByOutcome, "Geen integriteitskwestie", [0, 0, 2] },
        { Rows.Tables.ByOutcome, "Ongegrond", [0, 0, 0] },
        { Rows.Tables.ByOutcome, "Lopend", [0, 5, 7] },
        { Rows.Tables.ByChannel, "Op naam", [0, 0, 6] },
        { Rows.Tables.ByChannel, "Anoniem", [0, 0, 2] },
        { Rows.Tables.ByChannel, "Via vertrouwenspersoon", [0, 0, 7] },
        { Rows.Tables.ByChannel, "Via de leidinggevende", [0, 5, 0] },
        { Rows.Tables.ByUnit, "Directie Fixture Ruimte", [0, 5, 6] },
        { Rows.Tables.ByUnit, "Directie Fixture Dienstverlening", [0, 0, 7] },
        { Rows.Tables.ByUnit, "Onbekend of niet vastgelegd", [0, 0, 2] },
        { Rows.Tables.ByMonth, "maart", [0, 0, 6] },
        { Rows.Tables.ByMonth, "juli", [0, 0, 2] },
        { Rows.Tables.ByMonth, "oktober", [0, 0, 7] },
        { Rows.Tables.ByMonth, "november", [0, 5, 0] },
        { Rows.Tables.Handling, Rows.Investigated, [0, 5, 6] },
        { Rows.Tables.Handling, Rows.InquiryOnly, [0, 0, 2] },
        { Rows.Tables.Handling, Rows.NoDecisionYet, [0, 0, 7] },
        { Rows.Tables.Investigator, "De gemeente zelf", [0, 0, 6] },
        { Rows.Tables.Investigator, "Een extern bureau", [0, 0, 0] },
        { Rows.Tables.Investigator, "Nog niet vastgelegd", [0, 5, 0] },
        { Rows.Tables.LeadTime, "Afgesloten meldingen", [0, 0, 13] },
        { Rows.Tables.Acknowledgement, Rows.AcknowledgedInTime, [0, 5, 13] },
        { Rows.Tables.Acknowledgement, Rows.AcknowledgedLate, [0, 0, 2] },
        { Rows.Tables.Acknowledgement, Rows.NotAcknowledged, [0, 0, 0] },
        { Rows.Tables.Feedback, "Binnen 3 maanden teruggekoppeld", [0, 0, 8] },
        { Rows.Tables.Feedback, "Nog niet teruggekoppeld, termijn loopt nog", [0, 5, 7] },
        { Rows.Tables.Feedback, "Nog niet teruggekoppeld, termijn verstreken", [0, 0, 0] },
        { Rows.Tables.PoliceReports, "Aangiften gedaan", [0, 0, 1] },
        { Rows.Tables.Wbk, "Vermoeden van een misstand (Wet bescherming klokkenluiders)", [0, 0, 2] },
        { Rows.Tables.Wbk, "Benadeling na een melding", [0, 0, 0] },
        { Rows.Tables.Wbk, "Ongewenste omgangsvormen", [0, 0, 2] },
        { Rows.Tables.Measures, "Berisping", [0, 0, 5] },
        { Rows.Tables.Measures, "Schriftelijke waarschuwing", [0, 0, 1] },
        { Rows.Tables.Measures, "Geen maatregel", [0, 0, 5] },
        { Rows.Tables.Measures, Rows.Total, [0, 0, 11] },
        { Rows.Tables.ContactThemes, "Ongewenst gedrag", [0, 0, 6] },
        { Rows.Tables.ContactThemes, "Corruptie (omkoping, fraude, diefstal)", [0, 0, 3] },
        { Rows.Tables.ContactThemes, Rows.Total, [0, 0, 9] },
        { Rows.Tables.ContactRoutes, "Persoonlijk gesprek", [0, 0, 6] },
        { Rows.Tables.ContactRoutes, "Telefoon", [0, 0, 3] },
        { Rows.Tables.ContactRoutes, "E-mail", [0, 0, 0] },
        { Rows.Tables.ContactOutcomes, "Geluisterd en geadviseerd", [0, 0, 6] },
        { Rows.Tables.ContactOutcomes, "Verwezen naar het meldpunt", [0, 0, 3] },
        { Rows.Tables.ContactOutcomes, "Loopt nog", [0, 0, 0] },
        { Rows.Tables.SideActivities, "Goedgekeurd", [0, 0, 1] },
        { Rows.Tables.SideActivities, "Goedgekeurd onder voorwaarden", [0, 0, 1] },
        { Rows.Tables.SideActivities, "Afgewezen", [0, 0, 1] },
        { Rows.Tables.SideActivitiesEnded, Rows.Ended, [0, 0, 1] },
        { Rows.Tables.SideActivitiesEnded, "Openbaar gemaakt (topfunctionarissen, Ambtenarenwet 2017 art. 5)", [0, 0, 1] },
        { Rows.Tables.GiftDecisions, "Goedgekeurd", [0, 1, 5] },
        { Rows.Tables.GiftDecisions, "Afgewezen", [0, 0, 0] },
        { Rows.Tables.GiftDecisions, Rows.Undecided, [0, 1, 2] },
        { Rows.Tables.GiftDestinations, "Verloten onder collega's", [0, 0, 5] },
        { Rows.Tables.GiftDestinations, "Naar een goed doel", [0, 1, 0] },
        { Rows.Tables.GiftDestinations, "Teruggeven aan de gever", [0, 0, 0] },
        { Rows.Tables.GiftDestinations, Rows.Undecided, [0, 1, 2] },
        { Rows.Tables.Invitations, "Afgewezen", [0, 0, 1] },
        { Rows.Tables.FinancialInterests, "Een aangewezen functie (verplicht, Ambtenarenwet 2017 art. 5 lid 1 d)", [0, 0, 2] },
        { Rows.Tables.FinancialInterests, "Een andere functie (vrijwillig)", [0, 0, 1] },
        { Rows.Tables.DesignatedFunctions, "Functies aangewezen voor financiële belangen", [1, 1, 1] },
        { Rows.Tables.DesignatedFunctions, "Medewerkers in zo'n functie op 31 december", [2, 2, 2] },
        { Rows.Tables.CountsOnly, "Privéomstandigheden", [0, 0, 1] },
        { Rows.Tables.CountsOnly, "Privérelaties", [0, 0, 0] },
        { Rows.Tables.KeyFigures, Rows.Reports, [0, 5, 15] },
        { Rows.Tables.KeyFigures, Rows.Investigations, [0, 5, 6] },
        { Rows.Tables.KeyFigures, Rows.MeasuresTaken, [0, 0, 11] },
        { Rows.Tables.KeyFigures, Rows.Contacts, [0, 0, 9] },
        { Rows.Tables.KeyFigures, Rows.SideActivitiesDeclared, [0, 0, 3] },
        { Rows.Tables.KeyFigures, Rows.SideActivitiesEnded, [0, 0, 1] },
        { Rows.Tables.KeyFigures, Rows.GiftsDeclared, [0, 2, 7] },
        { Rows.Tables.KeyFigures, Rows.Employees, [3, 3, 3] },
        { Rows.Tables.KeyFigures, Rows.OathsTaken, [0, 1, 1] },
        { Rows.Tables.Onboarding, Rows.OathsTaken, [0, 1, 1] },
        { Rows.Tables.Onboarding, "Introductietraining integriteit", [0, 1, 1] },
        { Rows.Tables.Onboarding, "Verklaring omtrent het gedrag (VOG)", [0, 0, 0] },
        { Rows.Tables.Onboarding, Rows.YearlyChecks, [0, 1, 3] },
    };

    [Theory, OnSqlite, OnPostgres]
    public async Task Every_table_holds_the_hand_counted_figures_of_the_fixture(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var tenant = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == ReportFixture.Tenant).Select(t => t.Id).SingleAsync());
        var before = await CountAsync(app, tenant);
        Assert.Equal(new long[] { 0, 0, 0 }, Row(before, Rows.Tables.KeyFigures, Rows.Reports));
        await ReportFixture.CreateAsync(app);
        var after = await CountAsync(app, tenant);

        var wrong = Expected.Select(e => ((string)e[0], (string)e[1], (long[])e[2]))
            .Select(e => (e.Item1, e.Item2, Expected: e.Item3, Counted: Row(after, e.Item1, e.Item2).Zip(Row(before, e.Item1, e.Item2), (a, b) => a - b).ToArray()))
            .Where(e => !e.Expected.SequenceEqual(e.Counted)).Select(e => $"{e.Item1} / {e.Item2}: {string.Join(",", e.Counted)} (verwacht {string.Join(",", e.Expected)})").ToList();
        Assert.Empty(wrong);

        // Every table with a total adds up, and the derived figures follow from the counts.
        Assert.All(after.Tables.Where(t => t.Rows.Any(r => r.IsTotal)), t => Assert.Equal(
            Row(after, t.Key, Rows.Total), Enumerable.Range(0, 3).Select(y => t.Rows.Where(r => !r.IsTotal && r.Cells[y].Kind == CellKind.Count).Sum(r => (long)r.Cells[y].Value!)).ToArray()));
        Assert.Equal(new decimal?[] { null, null, 75.0m }, Derived(after, Rows.Tables.KeyFigures, Rows.SubstantiatedShare));
        Assert.Equal(new decimal?[] { null, null, 61m }, Derived(after, Rows.Tables.LeadTime, "Mediaan (dagen)"));
        Assert.Equal(new decimal?[] { null, null, 87m }, Derived(after, Rows.Tables.LeadTime, "90e percentiel (dagen)"));
        Assert.Equal(new decimal?[] { null, 100.0m, 86.7m }, Derived(after, Rows.Tables.Acknowledgement, "Binnen 7 dagen (%)"));
        Assert.Equal(new decimal?[] { 0m, 0m, 0m }, Derived(after, Rows.Tables.Investigator, "Kosten van externe onderzoeken"));
        var employees = Row(after, Rows.Tables.KeyFigures, Rows.Employees)[2];
        Assert.Equal(decimal.Round(1500m / employees, 2), Derived(after, Rows.Tables.KeyFigures, Rows.ReportsPerHundred)[2]);
    }

    private static async Task<CountedReport> CountAsync(LoketApp app, Guid tenant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>().CountedAsync(tenant, 2026);
    }

    private static long[] Row(CountedReport report, string table, string row) =>
        report.Tables.Single(t => t.Key == table).Rows.SingleOrDefault(r => r.Label == row) is { } found
            ? [.. found.Cells.Select(c => (long)(c.Value ?? 0))]
            : [0, 0, 0];

    private static decimal?[] Derived(CountedReport report, string table, string row) =>
        [.. report.Tables.Single(t => t.Key == table).Rows.Single(r => r.Label == row).Cells.Select(c => c.Value)];
}
