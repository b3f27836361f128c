using System.Net;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

// Alphen 7 and toel. 7: hiring a former colleague as self-employed or through a third party within two
// years of leaving is against the guideline, but whether it is allowed "hangt af van de omstandigheden
// van het geval": Oranje, citing toel. 7. Codes that say nothing about it give Oranje with their general duty.
public sealed class FormerColleagueHireTests
{
    private static Dictionary<string, string> Hire(string months) => new()
    {
        ["Input.Subject"] = "Projectleider voor de omgevingswet",
        ["Input.Counterparty"] = "Kees Oud-Collega",
        ["Input.Role"] = "Via Detacheringsbureau Noord",
        ["Input.Answers[monthsSinceLeaving]"] = months,
        ["Input.Answers[selfEmployedOrViaThirdParty]"] = "true",
    };

    private static async Task<string> PreviewAsync(LoketClient client, Dictionary<string, string> fields)
    {
        var (_, form) = await client.GetPageAsync("/meldingen/nieuw/inhuur-ex-collega");
        var response = await client.SubmitAsync(form, "form.loket-declaration-form", fields, formAction: form.QuerySelector("button[formaction]")!.GetAttribute("formaction"));
        return (await ParseAsync(response)).QuerySelector(".loket-verdict")!.TextContent;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Hiring_a_former_colleague_within_two_years_is_orange_by_the_guideline_in_Alphen_and_lands_in_the_register(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("alphen-aan-den-rijn", "manager");
        using var leidenManager = app.CreateLoketClient();
        await leidenManager.LoginAsDemoAsync("leiden", "manager");

        var soon = await PreviewAsync(mark, Hire("10"));
        var later = await PreviewAsync(mark, Hire("30"));
        var leiden = await PreviewAsync(leidenManager, Hire("10"));
        var (_, form) = await mark.GetPageAsync("/meldingen/nieuw/inhuur-ex-collega");
        var wrong = await ParseAsync(await mark.SubmitAsync(form, "form.loket-declaration-form", Hire("twee jaar")));
        var id = await SubmitAsync(mark, "inhuur-ex-collega", Hire("10"));
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var (response, register) = await iris.GetPageAsync("/registers/inhuur-ex-collegas");

        Assert.Contains("Oordeel: Oranje", soon, StringComparison.Ordinal);
        Assert.Contains("Artikel toel. 7", soon, StringComparison.Ordinal);
        Assert.Contains("hangt af van de omstandigheden van het geval", soon, StringComparison.Ordinal);
        Assert.Contains("Oordeel: Oranje", later, StringComparison.Ordinal);
        Assert.DoesNotContain("Artikel toel. 7", later, StringComparison.Ordinal);
        Assert.Contains("Oordeel: Oranje", leiden, StringComparison.Ordinal);
        Assert.Contains("Vul het aantal maanden in als een heel getal", wrong.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("twee jaar", wrong.QuerySelector("#Input_Answers_monthsSinceLeaving")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(register.QuerySelector($"a[href='/meldingen/{id}']"));
    }
}
