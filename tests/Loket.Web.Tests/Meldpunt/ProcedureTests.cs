using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>
/// Each municipality's desk pages show its own code's procedure and never another's: the LKOG and its
/// two-year term, who hears a review, the retaliation text and checklist, and the desk's contact.
/// </summary>
public sealed class ProcedureTests
{
    /// <summary>What each code says, with the article the page must cite (codes/*.txt).</summary>
    public sealed record Expected(
        string Slug,
        string? Lkog,
        bool TwoYearTerm,
        string ReviewAddressee,
        string ReviewSource,
        string RetaliationSource,
        bool LeidenChecklist,
        string? DeskEmail);

    public static readonly Expected[] Municipalities =
    [
        // Leiden 2.6: the LKOG as a last resort, without a term; 8.3 with its list; the regional mailbox (8.2).
        new("leiden", "Landelijke Commissie Ongewenst Gedrag (LKOG)", false, "de integriteitscoördinator", "Leiden 8.2; Wet bescherming klokkenluiders art. 2", "Leiden 8.3", true, "meldpuntintegriteit@leidse-regio.nl"),
        // Leiderdorp 3.6 spells "Kommissie"; its 8.3 has no list.
        new("leiderdorp", "Landelijke Kommissie Ongewenst Gedrag (LKOG)", false, "de integriteitscoördinator", "Leiderdorp 8.2; Wet bescherming klokkenluiders art. 2", "Leiderdorp 8.3", false, "meldpuntintegriteit@leidse-regio.nl"),
        // Alphen names no LKOG, no review, no retaliation list and no desk address.
        new("alphen-aan-den-rijn", null, false, "de coördinator integriteit", "Alphen aan den Rijn 8; Wet bescherming klokkenluiders art. 2", "Wet bescherming klokkenluiders", false, null),
        // 's-Hertogenbosch 2.4 is the only code with "tot twee jaar na het voorval"; 10.2 the complaint to the gemeentesecretaris.
        new("s-hertogenbosch", "Landelijke Klachtencommissie Ongewenst Gedrag", true, "de gemeentesecretaris", "'s-Hertogenbosch 10.2", "Wet bescherming klokkenluiders", false, null),
        // Leidschendam-Voorburg 2.3: the algemeen directeur; 2.4 "tel en email nog in te vullen".
        new("leidschendam-voorburg", null, false, "de algemeen directeur", "Leidschendam-Voorburg 2.3; Wet bescherming klokkenluiders art. 2", "Leidschendam-Voorburg 4.1 (bijlage 5); Wet bescherming klokkenluiders", false, null),
    ];

    /// <summary>One row per municipality and database; the PostgreSQL rows show as skipped without a server.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    private sealed class PerMunicipalityAttribute : Xunit.Sdk.DataAttribute
    {
        public PerMunicipalityAttribute(DatabaseKind kind)
        {
            Kind = kind;
            if (kind == DatabaseKind.Postgres && TestDatabase.PostgresServer is null)
            {
                Skip = "PostgreSQL niet beschikbaar: LOKET_TEST_POSTGRES is niet gezet (scripts/test start een tijdelijke server).";
            }
        }

        public DatabaseKind Kind { get; }

        public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => Municipalities.Select(m => new object[] { Kind, m.Slug });
    }

    [Theory, PerMunicipality(DatabaseKind.Sqlite), PerMunicipality(DatabaseKind.Postgres)]
    public Task Each_page_shows_only_what_the_municipality_s_own_code_says(DatabaseKind kind, string municipality) =>
        ShowsOwnProcedureAsync(kind, Municipalities.Single(m => m.Slug == municipality));

    private static async Task ShowsOwnProcedureAsync(DatabaseKind kind, Expected expected)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();

        // The form: the municipality is not chosen yet, so no code's term or committee.
        var form = (await PageAsync(reporter, "/melden")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("twee jaar", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Klachtencommissie", form, StringComparison.Ordinal);

        var posted = await reporter.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = expected.Slug,
            ["Input.Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Input.Text"] = "Een leidinggevende scheldt een stagiair uit waar het team bij is.",
            ["Input.EventDate.Day"] = "1",
            ["Input.EventDate.Month"] = "6",
            ["Input.EventDate.Year"] = "2026",
        });
        Assert.Equal("/melden/ontvangen", posted.Headers.Location?.OriginalString);

        // The receipt page: the outside routes in the code's own words, the term only where the code sets it.
        var receipt = await PageAsync(reporter, "/melden/ontvangen");
        var receiptText = receipt.QuerySelector("main")!.TextContent;
        AssertOnlyWhere(expected.Lkog is not null, expected.Lkog ?? "Ongewenst Gedrag", receiptText);
        AssertOnlyWhere(expected.TwoYearTerm, "twee jaar na het voorval", receiptText);
        Assert.Contains("Huis voor", receiptText, StringComparison.Ordinal);
        await reporter.SubmitAsync(receipt, "main form[method=post]", new Dictionary<string, string> { ["Saved"] = "true" }, "/melden/ontvangen");

        // The inbox: the review goes to whom the code names; the retaliation text is the code's or the law's.
        var inbox = await PageAsync(reporter, "/melden/inbox");
        var inboxText = inbox.QuerySelector("main")!.TextContent;
        Assert.Contains($"({expected.ReviewSource})", inboxText, StringComparison.Ordinal);
        Assert.Contains(expected.ReviewAddressee, inboxText, StringComparison.Ordinal);
        Assert.Contains($"({expected.RetaliationSource})", inboxText, StringComparison.Ordinal);
        AssertOnlyWhere(expected.Slug == "s-hertogenbosch", "gemeentesecretaris", inboxText);
        var reference = inbox.QuerySelector("h1")!.TextContent.Split(' ')[^1];
        var reportId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

        // The case page: the committee's deadline only for 's-Hertogenbosch.
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync(expected.Slug, "integriteit");
        await TakeAsync(officer, reportId);
        var caseText = (await PageAsync(officer, $"/meldpunt/dossiers/{reportId}")).QuerySelector("main")!.TextContent;
        Assert.Contains("1 juni 2026", caseText, StringComparison.Ordinal);
        AssertOnlyWhere(expected.TwoYearTerm, "Landelijke Klachtencommissie Ongewenst Gedrag tot 1 juni 2028, 's-Hertogenbosch 2.4", caseText);
        AssertOnlyWhere(expected.TwoYearTerm, "Klachtencommissie", caseText);

        // A retaliation case: Leiden's 8.3 list, in its own words with the condition on leave, only for Leiden.
        var retaliation = await reporter.SubmitAsync(inbox, "form[action*='handler=Retaliation']", new Dictionary<string, string> { ["retaliation"] = "Mijn verlof wordt geweigerd sinds ik meldde." }, "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, retaliation.StatusCode);
        var linkedId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.RelatedReportId == reportId).Select(r => r.Id).SingleAsync());
        await TakeAsync(officer, linkedId);
        var linkedPage = await PageAsync(officer, $"/meldpunt/dossiers/{linkedId}");
        var linkedText = linkedPage.QuerySelector("main")!.TextContent;
        AssertOnlyWhere(expected.LeidenChecklist, "het afwijzen van een verlofaanvraag, voor zover dit redelijkerwijs verband houdt met de door de melder gedane melding", linkedText);
        Assert.Equal(expected.LeidenChecklist, linkedPage.QuerySelector("form[action*='handler=Checklist']") is not null);
        Assert.Contains(expected.RetaliationSource, linkedText, StringComparison.Ordinal);
        Assert.DoesNotContain("ongevraagde overplaatsing", linkedText, StringComparison.Ordinal);

        // The desk's contact: from the desk's settings, and nothing where the code publishes none.
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync(expected.Slug, "medewerker");
        var home = (await PageAsync(employee, "/mijn")).QuerySelector("main")!.TextContent;
        if (expected.DeskEmail is { } email)
        {
            Assert.Contains(email, home, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("@", home, StringComparison.Ordinal);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task In_s_Hertogenbosch_the_decision_is_internal_and_the_secretary_decides_only_after_a_complaint(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "s-hertogenbosch", "Een handhaver kijkt weg bij een horecazaak van een vriend.");
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        await CaseActionAsync(officer, filed.ReportId, "Acknowledge");
        await CaseActionAsync(officer, filed.ReportId, "Intake");

        // 10.1: "Uiteindelijk wordt intern beslist": not by the gemeentesecretaris, who before a complaint
        // cannot even open the case (access is earned: the code gives them no decision yet).
        using var secretary = app.CreateLoketClient();
        await secretary.LoginAsDemoAsync("s-hertogenbosch", "secretaris");
        var url = $"/meldpunt/dossiers/{filed.ReportId}";
        var before = await PageAsync(secretary, url);
        Assert.Null(before.QuerySelector("form[action*='handler=Grant']"));
        var refused = await secretary.SubmitAsync(before, "form[method='post']", new Dictionary<string, string> { ["investigate"] = "true", ["motivation"] = "Aanwijzingen." }, url, formAction: $"{url}?handler=Decide");
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId))).Investigate);
        var officerRefused = await PageAsync(officer, url);
        Assert.Contains("'s-Hertogenbosch 10.1", officerRefused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, filed.ReportId, "Decide", new() { ["investigate"] = "false", ["motivation"] = "Geen concrete aanwijzingen." })).StatusCode);

        // Before a complaint the secretary has nothing to decide.
        Assert.Null((await PageAsync(secretary, $"/meldpunt/dossiers/{filed.ReportId}")).QuerySelector("form[action*='handler=AfterComplaint']"));
        var early = await secretary.Http.PostAsync($"/meldpunt/dossiers/{filed.ReportId}?handler=AfterComplaint", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, early.StatusCode);

        // 10.2: a complaint to the gemeentesecretaris, who "bepaalt of er alsnog een onderzoek nodig is".
        var inbox = await PageAsync(reporter, "/melden/inbox");
        var asked = await reporter.SubmitAsync(inbox, "form[action*='handler=Review']", new Dictionary<string, string>(), "/melden/inbox");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("doorgestuurd naar de gemeentesecretaris", (await PageAsync(reporter, "/melden/inbox")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await CaseActionAsync(secretary, filed.ReportId, "Grant", new() { ["reason"] = "Klacht van de melder over het besluit (artikel 10.2)" });
        var officerTries = await officer.Http.GetStringAsync($"/meldpunt/dossiers/{filed.ReportId}");
        Assert.DoesNotContain("handler=AfterComplaint", officerTries, StringComparison.Ordinal);
        var decided = await CaseActionAsync(secretary, filed.ReportId, "AfterComplaint", new() { ["investigate"] = "true", ["motivation"] = "De toelichting was onvoldoende; er komt alsnog onderzoek." });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal((CaseStatus.Investigation, (bool?)true, (CaseOutcome?)null), (report.Status, report.Investigate, report.Outcome));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task In_Leidschendam_Voorburg_the_algemeen_directeur_decides_and_hears_the_review(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leidschendam-voorburg", "Een ambtenaar gunt opdrachten aan een oud-collega.");
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leidschendam-voorburg", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        await CaseActionAsync(officer, filed.ReportId, "Acknowledge");
        await CaseActionAsync(officer, filed.ReportId, "Intake");

        var refused = await CaseActionAsync(officer, filed.ReportId, "Decide", new() { ["investigate"] = "true", ["motivation"] = "Aanwijzingen." });
        Assert.Contains("neemt volgens de procedure van deze gemeente de algemeen directeur (Leidschendam-Voorburg 2.3", await TextAsync(refused), StringComparison.Ordinal);

        var inbox = await PageAsync(reporter, "/melden/inbox");
        await reporter.SubmitAsync(inbox, "form[action*='handler=Review']", new Dictionary<string, string>(), "/melden/inbox");
        var after = (await PageAsync(reporter, "/melden/inbox")).QuerySelector("main")!.TextContent;
        Assert.Contains("doorgestuurd naar de algemeen directeur", after, StringComparison.Ordinal);
        Assert.DoesNotContain("gemeentesecretaris", after, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_witness_reports_retaliation_linked_to_the_case_and_learns_nothing_about_it(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Geheim-woord-zeven: een teamleider vervalst urenbriefjes.");

        using var witness = app.CreateLoketClient();
        var known = await WitnessAsync(witness, "leiden", filed.Reference.ToLowerInvariant(), "onderzoek", "Sinds mijn gesprek met de onderzoeker krijg ik geen opleiding meer.");
        using var stranger = app.CreateLoketClient();
        var unknown = await WitnessAsync(stranger, "leiden", "M-ZZZZZZ", "getuige", "Ik word buitengesloten sinds ik iets zag.");

        // The same answer whether the reference exists or not: a receipt code of their own.
        Assert.Equal(known.Status, unknown.Status);
        Assert.DoesNotContain(filed.Reference, known.Receipt, StringComparison.Ordinal);

        var linked = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.RelatedReportId == filed.ReportId).ToListAsync());
        var witnessCase = Assert.Single(linked);
        Assert.Equal((ReportCategory.Retaliation, true), (witnessCase.Category, witnessCase.HighPriority));
        Assert.NotNull(witnessCase.ReceiptHash);

        // The witness's inbox shows their own report only; the reporter's inbox does not show the witness's.
        var witnessInbox = (await PageAsync(witness, "/melden/inbox")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Geheim-woord-zeven", witnessInbox, StringComparison.Ordinal);
        Assert.DoesNotContain(filed.Reference, witnessInbox, StringComparison.Ordinal);
        var reporterInbox = (await PageAsync(reporter, "/melden/inbox")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(witnessCase.Reference, reporterInbox, StringComparison.Ordinal);

        // The desk sees the link and who reported it.
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, witnessCase.Id);
        var page = await PageAsync(officer, $"/meldpunt/dossiers/{witnessCase.Id}");
        Assert.NotNull(page.QuerySelector($"a[href='/meldpunt/dossiers/{filed.ReportId}']"));
        Assert.Contains("deelgenomen aan het onderzoek", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite]
    public async Task A_hidden_category_or_checklist_value_posted_by_hand_is_refused(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var before = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync());
        foreach (var category in new[] { nameof(ReportCategory.Retaliation), "6", "99", "-1" })
        {
            var response = await reporter.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
            {
                ["Input.Municipality"] = "leiden",
                ["Input.Category"] = category,
                ["Input.Text"] = "Voorrang door een verborgen onderwerp.",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync()));

        // Leiden's checklist takes only its own seven forms.
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een melding.");
        var inbox = await PageAsync(reporter, "/melden/inbox");
        await reporter.SubmitAsync(inbox, "form[action*='handler=Retaliation']", new Dictionary<string, string> { ["retaliation"] = "Ik word overgeplaatst." }, "/melden/inbox");
        var linkedId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.RelatedReportId == filed.ReportId).Select(r => r.Id).SingleAsync());
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, linkedId);
        var hidden = await CaseActionAsync(officer, linkedId, "Checklist", new() { ["forms"] = "128" });
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Equal(RetaliationForm.None, await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Id == linkedId).Select(r => r.RetaliationForms).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, linkedId, "Checklist", new() { ["forms"] = nameof(RetaliationForm.RefusedLeave) })).StatusCode);
    }

    [Fact]
    public void No_view_invents_contact_details_for_a_desk()
    {
        var web = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Loket.Web"));
        var views = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(views);
        var email = new System.Text.RegularExpressions.Regex(@"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.(nl|com|org|net|eu|info)\b");
        var phone = new System.Text.RegularExpressions.Regex(@"\b0\d{1,3}[- ]?\d{6,8}\b|\+31");
        var found = views.SelectMany(v => File.ReadLines(v).Where(l => email.IsMatch(l) || phone.IsMatch(l)).Select(l => $"{Path.GetFileName(v)}: {l.Trim()}")).ToList();
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    private static async Task<(HttpStatusCode Status, string Receipt)> WitnessAsync(LoketClient client, string municipality, string reference, string involvement, string text)
    {
        var posted = await client.PostFormAsync("/melden/benadeling", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = municipality,
            ["Input.Reference"] = reference,
            ["Input.Involvement"] = involvement,
            ["Input.Text"] = text,
        });
        Assert.Equal("/melden/ontvangen", posted.Headers.Location?.OriginalString);
        var receipt = await PageAsync(client, "/melden/ontvangen");
        await client.SubmitAsync(receipt, "main form[method=post]", new Dictionary<string, string> { ["Saved"] = "true" }, "/melden/ontvangen");
        return (posted.StatusCode, receipt.QuerySelector("main")!.TextContent);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main")!.TextContent;

    private static void AssertOnlyWhere(bool expected, string text, string page)
    {
        if (expected)
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(text, page, StringComparison.Ordinal);
        }
    }
}
