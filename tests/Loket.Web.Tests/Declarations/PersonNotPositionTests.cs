using System.Net;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.People;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

/// <summary>Declarations are shown to the people they were routed to, not to whoever holds a role or a position later.</summary>
public sealed class PersonNotPositionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_account_without_an_employee_link_sees_no_declarations_to_decide(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync("leiderdorp", "secretaris");
        // The gemeentesecretaris has no manager: the declaration goes to the integrity officers' queue.
        var subject = $"Mantelzorg voor een ziek familielid {Guid.NewGuid():N}";
        await SubmitAsync(sander, "omstandigheid", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Answers[debts]"] = "true" });

        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiderdorp", "beheerder");
        var (adminResponse, adminPage) = await bea.GetPageAsync("/beslissen");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");
        var (_, officerPage) = await iris.GetPageAsync("/beslissen");

        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.DoesNotContain(subject, adminPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(subject, officerPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_manager_set_by_a_later_import_does_not_read_the_earlier_private_circumstances_but_does_see_gifts(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var circumstance = await SubmitAsync(mila, "omstandigheid", new Dictionary<string, string> { ["Input.Subject"] = "Schulden door een scheiding", ["Input.Answers[debts]"] = "true" });
        var gift = await SubmitGiftAsync(mila, "Fles wijn van een leverancier");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiderdorp", "manager");
        Assert.Equal(HttpStatusCode.OK, (await mark.Http.GetAsync($"/meldingen/{circumstance}")).StatusCode);

        // The import makes Hanna (1006) Mila's manager.
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiderdorp", "beheerder");
        var imported = await PeopleImportTests.UploadAsync(bea, """
            personeelsnummer;naam;email;dienstverband;startdatum;einddatum;afdeling;afdelingsnaam;bovenliggende_afdeling;functie;functienaam;aangewezen_functie;topfunctionaris;leidinggevende
            1003;Mila Medewerker;;ambtenaar;2026-01-01;;RUI;;;BM;;nee;nee;1006
            """);
        Assert.Contains("1 gewijzigd", imported, StringComparison.Ordinal);
        using var hanna = app.CreateLoketClient();
        await hanna.LoginAsDemoAsync("leiderdorp", "hr");

        Assert.Equal(HttpStatusCode.NotFound, (await hanna.Http.GetAsync($"/meldingen/{circumstance}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hanna.Http.GetAsync($"/meldingen/{gift}")).StatusCode);
        // The manager it was routed to keeps it: it was told to her, and she still has to decide.
        Assert.Equal(HttpStatusCode.OK, (await mark.Http.GetAsync($"/meldingen/{circumstance}")).StatusCode);
    }
}
