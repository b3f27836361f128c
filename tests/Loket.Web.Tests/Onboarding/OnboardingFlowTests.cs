using System.Net;
using Loket.Web.Onboarding;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static Loket.Web.Tests.Onboarding.OnboardingSteps;

namespace Loket.Web.Tests.Onboarding;

/// <summary>Issue 19 points 2 and 5: HR makes a new person's list, the person signs and confirms, HR records oath, VOG and training, in each code's order.</summary>
public sealed class OnboardingFlowTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_intern_in_Alphen_signs_the_confidentiality_statement_before_starting_and_gets_its_PDF(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var mila = await MakeMilaNewAsync(app, "alphen-aan-den-rijn", EmploymentType.Stagiair, new DateOnly(2026, 12, 7));
        using var hr = await LoginAsync(app, "alphen-aan-den-rijn", "hr");
        // Before the start an account opens only once HR has made the checklist, and then as an employee only.
        var beforeChecklist = await app.CreateLoketClient().LoginAsync("alphen-aan-den-rijn", "medewerker@alphen-aan-den-rijn");

        var opened = await OpenChecklistAsync(hr, mila);
        using var intern = await LoginAsync(app, "alphen-aan-den-rijn", "medewerker");
        var (_, own) = await intern.GetPageAsync("/mijn/indiensttreding");
        var unticked = await intern.SubmitAsync(own, "form#verklaring-ondertekenen", new Dictionary<string, string>(), "/mijn/indiensttreding");
        var uncheckedPage = await ParseAsync(unticked);
        var signed = await intern.SubmitAsync(own, "form#verklaring-ondertekenen", new Dictionary<string, string> { ["Agree"] = "true" }, "/mijn/indiensttreding");
        var receipt = await intern.PostFormAsync("/mijn/indiensttreding", "form#gedragscode-ontvangen", new Dictionary<string, string>());
        var checklist = await app.WithDbAsync(db => db.Checklists.SingleAsync(c => c.EmployeeId == mila), "alphen-aan-den-rijn");
        var pdf = await hr.Http.GetAsync($"/indiensttreding/{mila}?handler=StatementPdf");

        Assert.NotEqual("/mijn", beforeChecklist.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("Statement,Vog,IntroductionTraining,Oath,CodeReceipt", string.Join(",", checklist.Items.OrderBy(i => i.Kind).Select(i => i.Kind)));
        Assert.Equal(new DateOnly(2026, 12, 4), checklist.Item(ItemKind.Statement)!.DueOn);
        Assert.Contains("Geheimhoudingsverklaring gemeente Alphen aan den Rijn", own.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Contains("Vink aan dat je de verklaring hebt gelezen", uncheckedPage.QuerySelector(".utrecht-form-field-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, receipt.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 25), checklist.Item(ItemKind.Statement)!.DoneOn);
        Assert.True(checklist.Item(ItemKind.CodeReceipt)!.IsDone);
        Assert.StartsWith("Gedragscode voor ambtenaren bij de gemeente Alphen aan den Rijn", checklist.Statement!.Source, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Geheimhoudingsverklaring gemeente Alphen aan den Rijn", text, StringComparison.Ordinal);
        Assert.Contains("Mila Medewerker", text, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task In_Leidschendam_Voorburg_HR_records_the_training_before_the_oath_and_the_oath_record_prints_the_formula_with_places_to_sign(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var mila = await MakeMilaNewAsync(app, "leidschendam-voorburg", EmploymentType.Ambtenaar, new DateOnly(2026, 11, 16));
        using var hr = await LoginAsync(app, "leidschendam-voorburg", "hr");
        await OpenChecklistAsync(hr, mila);
        var url = $"/indiensttreding/{mila}";

        // No formula yet: a formula without source is refused and the typed text stays.
        var (_, formulas) = await hr.GetPageAsync("/indiensttreding/formules");
        var unsourced = await ParseAsync(await hr.SubmitAsync(formulas, "form#formule", new Dictionary<string, string> { ["Title"] = "Ambtseed Leidschendam-Voorburg", ["Text"] = "Ik zweer dat ik mijn ambt getrouw zal vervullen." }, "/indiensttreding/formules"));
        // The test client posts inputs, not text areas: the text goes again, as the browser would send what the page kept.
        await hr.SubmitAsync(unsourced, "form#formule", new Dictionary<string, string>
        {
            ["Text"] = unsourced.QuerySelector("textarea[name=Text]")!.TextContent,
            ["Source"] = "Uitvoeringsbesluit Ambtenarenwet 2017, bijlage (Stb. 2020, 384)",
        }, "/indiensttreding/formules");

        var (_, page) = await hr.GetPageAsync(url);
        var oathFields = new Dictionary<string, string>(Date("Oath.TakenOn", new DateOnly(2026, 11, 24)))
        {
            ["Oath.Form"] = "Promise",
            ["Oath.Place"] = "Leidschendam",
            ["Oath.TakenBy"] = "Sander Secretaris, gemeentesecretaris",
            ["Oath.Witness"] = "Hanna HR-adviseur",
        };
        var tooEarly = await ParseAsync(await hr.SubmitAsync(page, "form#eed-vastleggen", oathFields, url + "?handler=Oath"));
        var training = await hr.SubmitAsync(page, "form#training-introductie", new Dictionary<string, string>(Date("Training.On", new DateOnly(2026, 11, 23))) { ["Training.GivenBy"] = "Bureau Morele Oordeelsvorming" }, url + "?handler=Training");
        var afterTraining = await hr.SubmitAsync(page, "form#eed-vastleggen", oathFields, url + "?handler=Oath");
        var checklist = await app.WithDbAsync(db => db.Checklists.SingleAsync(c => c.EmployeeId == mila), "leidschendam-voorburg");
        var pdf = await hr.Http.GetAsync($"{url}?handler=OathPdf");

        Assert.Equal("Ik zweer dat ik mijn ambt getrouw zal vervullen.", unsourced.QuerySelector("textarea[name=Text]")!.TextContent);
        Assert.Contains("Een formule zonder bron kan niet worden gebruikt", unsourced.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Eerst de training morele oordeelsvorming, dan de eed of belofte", tooEarly.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Leidschendam", ((AngleSharp.Html.Dom.IHtmlInputElement)tooEarly.QuerySelector("input[name='Oath.Place']")!).Value);
        Assert.Equal(HttpStatusCode.Redirect, training.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterTraining.StatusCode);
        Assert.Equal(OathForm.Promise, checklist.Oath!.Form);
        Assert.Equal("Uitvoeringsbesluit Ambtenarenwet 2017, bijlage (Stb. 2020, 384)", checklist.Oath.FormulaSource);
        Assert.Equal("Hanna HR-adviseur", checklist.Oath.Witness);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Ik zweer dat ik mijn ambt getrouw zal vervullen.", text, StringComparison.Ordinal);
        Assert.Contains("Handtekening Hanna HR-adviseur (getuige)", text, StringComparison.Ordinal);
        Assert.Contains("belofte", text, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Checklists_are_for_HR_and_the_integrity_officer_of_the_same_municipality_only(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var mila = await MakeMilaNewAsync(app, "leiden", EmploymentType.Inhuurkracht, new DateOnly(2026, 12, 7));
        using var hr = await LoginAsync(app, "leiden", "hr");
        await OpenChecklistAsync(hr, mila);
        using var officer = await LoginAsync(app, "leiden", "integriteit");
        using var manager = await LoginAsync(app, "leiden", "manager");
        using var elsewhere = await LoginAsync(app, "leiderdorp", "hr");
        using var hired = await LoginAsync(app, "leiden", "medewerker");
        var (_, own) = await hired.GetPageAsync("/mijn/indiensttreding");

        var (asOfficer, _) = await officer.GetPageAsync($"/indiensttreding/{mila}");
        var (asManager, _) = await manager.GetPageAsync($"/indiensttreding/{mila}");
        var (asOtherHr, _) = await elsewhere.GetPageAsync($"/indiensttreding/{mila}");
        var otherPdf = await elsewhere.Http.GetAsync($"/indiensttreding/{mila}?handler=StatementPdf");
        var (_, dashboard) = await hr.GetPageAsync("/indiensttreding");
        var (_, otherDashboard) = await elsewhere.GetPageAsync("/indiensttreding");

        Assert.Equal(HttpStatusCode.OK, asOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asOtherHr.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPdf.StatusCode);
        Assert.Contains("Mila Medewerker", dashboard.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mila Medewerker", otherDashboard.Body!.TextContent, StringComparison.Ordinal);
        // Leiden's own text for hired staff, never another municipality's.
        Assert.Contains("Integriteitverklaring gemeente Leiden", own.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheimhoudingsverklaring", own.Body.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Before_the_first_working_day_a_new_HR_adviser_signs_in_as_an_employee_only(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var hanna = await app.WithDbAsync(async db =>
        {
            var employee = await db.Employees.SingleAsync(e => e.EmployeeNumber == "1006");
            employee.StartDate = new DateOnly(2026, 12, 14);
            await db.SaveChangesAsync();
            return employee.Id;
        }, "leiden");
        using var officer = await LoginAsync(app, "leiden", "integriteit");
        await OpenChecklistAsync(officer, hanna);

        using var early = await LoginAsync(app, "leiden", "hr");
        var (functions, _) = await early.GetPageAsync("/beheer/functies");
        var (own, _) = await early.GetPageAsync("/mijn/indiensttreding");
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 14, 8, 0, 0, TimeSpan.Zero));
        using var started = await LoginAsync(app, "leiden", "hr");
        var (later, _) = await started.GetPageAsync("/beheer/functies");

        Assert.Equal(HttpStatusCode.Forbidden, functions.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
