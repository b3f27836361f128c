using System.Net;
using AngleSharp.Html.Parser;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>
/// Issue 12, point 6: the public report form asks which municipality without choosing one, and every
/// field, selects and checkboxes included, shows its own error next to it.
/// </summary>
public sealed class ReportFormFieldTests
{
    [Theory, OnSqlite]
    public async Task The_public_report_form_starts_without_a_municipality(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var visitor = app.CreateLoketClient();

        var form = await PageAsync(visitor, "/melden");

        var select = form.QuerySelector("select#Input_Municipality")!;
        var first = select.QuerySelector("option")!;
        Assert.Equal(string.Empty, first.GetAttribute("value"));
        Assert.Equal("Kies een gemeente", first.TextContent);
        Assert.Empty(select.QuerySelectorAll("option[selected]"));
        Assert.DoesNotContain("personeelsnummer per regel", form.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite]
    public async Task Forms_filled_in_on_someones_behalf_speak_about_the_melder_and_no_form_invents_which_desks_are_shared(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var visitor = app.CreateLoketClient();
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");

        var reporterForm = await PageAsync(visitor, "/melden");
        Assert.Contains("wie je bent", reporterForm.QuerySelector("#Input_Text-hint")!.TextContent, StringComparison.Ordinal);
        foreach (var (client, url) in new[] { (officer, "/meldpunt/mondeling"), (confidant, "/vertrouwenspersoon/melden") })
        {
            var form = await PageAsync(client, url);
            Assert.Contains("de melder", form.QuerySelector("#Input_Text-hint")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("de melding", form.QuerySelector("#Input_Municipality-hint")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("wie je bent", form.Body!.TextContent, StringComparison.Ordinal);
        }

        // Which municipalities share a desk is the installation's data, never a sentence in a template.
        Assert.DoesNotContain("delen één meldpunt", reporterForm.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite]
    public async Task A_report_without_municipality_and_subject_shows_each_error_at_its_select(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var visitor = app.CreateLoketClient();

        var response = await visitor.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "",
            ["Input.Category"] = "",
            ["Input.Text"] = "Een ambtenaar laat zich betalen.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Kies de gemeente waar het over gaat.", ErrorOf(page, "Input_Municipality"));
        Assert.Equal("Kies waar je melding over gaat.", ErrorOf(page, "Input_Category"));
        var municipality = page.QuerySelector("select#Input_Municipality")!;
        Assert.Equal("true", municipality.GetAttribute("aria-invalid"));
        Assert.Contains("Input_Municipality-error", municipality.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        // What was typed stays.
        Assert.Equal("Een ambtenaar laat zich betalen.", page.QuerySelector("textarea#Input_Text")!.TextContent);
    }

    [Theory, OnSqlite]
    public async Task A_signed_in_employee_must_choose_between_named_and_anonymous(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");

        var form = await PageAsync(employee, "/melden");
        Assert.Equal(2, form.QuerySelectorAll("input[type=radio][name=Mode]").Length);
        Assert.Empty(form.QuerySelectorAll("input[type=radio][name=Mode][checked]"));

        var response = await employee.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = "Een ambtenaar laat zich betalen.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Kies of je op naam of anoniem meldt.", ErrorOf(page, "Mode"));
        Assert.Equal("Mode-error", page.QuerySelector("fieldset#Mode")!.GetAttribute("aria-describedby"));
    }

    [Theory, OnSqlite]
    public async Task The_receipt_checkbox_shows_its_own_error(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var posted = await reporter.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = "Een ambtenaar laat zich betalen.",
        });
        Assert.Equal("/melden/ontvangen", posted.Headers.Location?.OriginalString);
        var (_, receipt) = await reporter.GetPageAsync("/melden/ontvangen");

        var response = await reporter.SubmitAsync(receipt, "main form[method=post]", new Dictionary<string, string>(), "/melden/ontvangen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bevestig dat je de code hebt bewaard. Zonder code kun je je melding niet meer volgen.", ErrorOf(page, "Saved"));
        var checkbox = page.QuerySelector("input#Saved[type=checkbox]")!;
        Assert.Equal("true", checkbox.GetAttribute("aria-invalid"));
        Assert.Equal("Saved-error", checkbox.GetAttribute("aria-describedby"));
        // The cookie that carried the code is gone, yet the reporter who forgot the tick sees the same code again.
        var shown = receipt.QuerySelector("#ontvangstcode")!.TextContent.Trim();
        Assert.Equal(shown, page.QuerySelector("#ontvangstcode")?.TextContent.Trim());
    }

    [Theory, OnSqlite]
    public async Task An_officer_must_choose_whether_to_investigate(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een collega neemt geld aan van een aannemer.");
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        await CaseActionAsync(officer, filed.ReportId, "Acknowledge");
        await CaseActionAsync(officer, filed.ReportId, "Intake");
        var casePage = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Empty(casePage.QuerySelectorAll("input[name=investigate][checked]"));

        var response = await CaseActionAsync(officer, filed.ReportId, "Decide", new() { ["motivation"] = "Concrete aanwijzingen." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Kies of er een onderzoek komt.", ErrorOf(page, "investigate"));
    }

    /// <summary>The field's own error text, without the hidden "Fout: " prefix.</summary>
    private static string? ErrorOf(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelector($"#{id}-error")?.TextContent.Replace("Fout: ", "", StringComparison.Ordinal);
}
