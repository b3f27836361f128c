using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Loket.Web.Onboarding;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Onboarding.OnboardingSteps;

namespace Loket.Web.Tests.People;

/// <summary>
/// Issue 19: the people import assigns a function on the functions map, by name as the form finds it, so the
/// holder's duties follow from the map; it never changes the map itself.
/// </summary>
public sealed class FunctionImportTests
{
    private const string Header = "personeelsnummer;naam;dienstverband;startdatum;functie;functienaam";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_new_hire_imported_by_function_name_gets_the_duties_of_the_functions_map_and_the_checklist_of_one_added_with_the_form(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        // Inkoopadviseur on Leiden's map: information medium, money and business transactions high (a vulnerable function).
        await app.WithDbAsync(async db =>
        {
            (await db.JobFunctions.SingleAsync(f => f.Code == "IA")).RiskProfile = new RiskProfile("MHLLHLLL");
            return await db.SaveChangesAsync();
        }, "leiden");
        using var hr = await LoginAsync(app, "leiden", "hr");

        // Spelled as an HR system exports it: other case, spaces around it.
        var imported = await PeopleImportTests.UploadAsync(hr, $"{Header}\n7001;Nina Nieuw;ambtenaar;2026-12-14;;  inkoopADVISEUR \n");
        var (_, form) = await hr.GetPageAsync("/beheer/medewerker");
        await hr.SubmitAsync(form, "form#medewerker", new Dictionary<string, string>
        {
            ["Input.Name"] = "Fenna Formulier",
            ["Input.EmployeeNumber"] = "7002",
            ["Input.EmploymentType"] = "Ambtenaar",
            ["Input.StartDate.Day"] = "14",
            ["Input.StartDate.Month"] = "12",
            ["Input.StartDate.Year"] = "2026",
            ["Input.JobFunctionId"] = form.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.JobFunctionId'] option").Single(o => o.Text.StartsWith("Inkoopadviseur", StringComparison.Ordinal)).Value,
        }, "/beheer/medewerker");
        var (_, dashboard) = await hr.GetPageAsync("/indiensttreding");
        var people = await app.WithDbAsync(db => db.Employees.Include(e => e.JobFunction).Where(e => e.EmployeeNumber == "7001" || e.EmployeeNumber == "7002").OrderBy(e => e.EmployeeNumber).ToListAsync(), "leiden");
        foreach (var person in people)
        {
            await OpenChecklistAsync(hr, person.Id);
        }

        var (_, ninaPage) = await hr.GetPageAsync($"/indiensttreding/{people[0].Id}");
        var lists = await app.WithDbAsync(db => db.Checklists.ToListAsync(), "leiden");
        string Items(Guid employee) => string.Join(" | ", lists.Single(c => c.EmployeeId == employee).Items.OrderBy(i => i.Kind).Select(i => $"{i.Kind} {i.DueOn:O} {i.Citation}"));

        Assert.Contains("1 nieuw, 0 gewijzigd", imported, StringComparison.Ordinal);
        var nina = people[0];
        Assert.Equal("IA", nina.JobFunction!.Code);
        Assert.Equal("Inkoopadviseur", nina.JobFunction.Name);
        Assert.True(nina.JobFunction.DesignatedForFinancialInterests);
        var waiting = dashboard.QuerySelector("main")!.TextContent;
        Assert.Contains("Nina Nieuw", waiting, StringComparison.Ordinal);
        Assert.Contains("Fenna Formulier", waiting, StringComparison.Ordinal);
        Assert.Equal(Items(people[1].Id), Items(nina.Id));
        var checklist = lists.Single(c => c.EmployeeId == nina.Id);
        Assert.Equal("functiekaart: Inkoopadviseur", checklist.Item(ItemKind.Vog)!.Citation);
        Assert.NotNull(checklist.Item(ItemKind.VulnerableFunctionTraining));
        Assert.Equal("algemeen screeningsprofiel: informatie, geld, zakelijke relaties en transacties",
            ninaPage.QuerySelector<IHtmlInputElement>("input[name='Vog.Profile']")!.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_unknown_function_name_or_a_second_code_for_a_mapped_name_imports_nothing_and_names_the_line(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hr = await LoginAsync(app, "leiden", "hr");
        var before = await app.WithDbAsync(db => db.Employees.CountAsync(), "leiden");

        var page = await PeopleImportTests.UploadAsync(hr, $"""
            {Header}
            7101;Olga Onbekend;ambtenaar;2026-12-01;;Inkoopadviser
            7102;Dirk Dubbel;ambtenaar;2026-12-01;INK;inkoopadviseur
            7103;Fleur Fout;ambtenaar;2026-12-01;;Astronaut
            """);

        Assert.True(page.Contains("Er is niets geïmporteerd", StringComparison.Ordinal), page);
        Assert.Contains("Regel 2: functie 'Inkoopadviser' staat niet op de functiekaart. Bedoel je 'Inkoopadviseur'?", page, StringComparison.Ordinal);
        Assert.Contains("Regel 3: functie 'INK' bestaat nog niet, maar 'Inkoopadviseur' staat al op de functiekaart met code 'IA'.", page, StringComparison.Ordinal);
        Assert.Contains("Regel 4: functie 'Astronaut' staat niet op de functiekaart. Gebruik een naam van de functiekaart", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Employees.CountAsync(), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_import_leaves_the_designations_on_the_functions_map_alone_and_refuses_a_file_that_contradicts_them(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var hr = await LoginAsync(app, "leiden", "hr");

        // Afdelingsmanager (AM) is designated for financial interests on the map; this file says nothing about it.
        var kept = await PeopleImportTests.UploadAsync(hr, "personeelsnummer;naam;dienstverband;startdatum;functie\n7201;Anton Afdeling;ambtenaar;2026-12-01;am\n");
        var contradicting = await PeopleImportTests.UploadAsync(hr,
            "personeelsnummer;naam;dienstverband;startdatum;functie;aangewezen_functie;topfunctionaris\n7202;Bo Baas;ambtenaar;2026-12-01;AM;nee;ja\n");
        var manager = await app.WithDbAsync(db => db.JobFunctions.SingleAsync(f => f.Code == "AM"), "leiden");
        var anton = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == "7201").Select(e => e.JobFunction!.Code).SingleAsync(), "leiden");

        Assert.Contains("1 nieuw", kept, StringComparison.Ordinal);
        Assert.Equal("AM", anton);
        Assert.True(manager.DesignatedForFinancialInterests);
        Assert.False(manager.TopOfficial);
        Assert.Contains("Regel 2: functie 'Afdelingsmanager' is op de functiekaart wel aangewezen voor financiële belangen, het bestand zegt 'nee'.", contradicting, StringComparison.Ordinal);
        Assert.Contains("Regel 2: van functie 'Afdelingsmanager' worden de nevenwerkzaamheden volgens de functiekaart niet openbaar gemaakt, het bestand zegt 'ja'.", contradicting, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Employees.CountAsync(e => e.EmployeeNumber == "7202"), "leiden"));
    }
}
