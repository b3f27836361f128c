using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

// Issue 12 point 5: the verdict answers first, each article once, addressed to the person's situation.
public sealed class VerdictWordingTests
{
    private static async Task<IHtmlDocument> PreviewAsync(LoketClient client, string slug, Dictionary<string, string> fields)
    {
        var (_, form) = await client.GetPageAsync($"/meldingen/nieuw/{slug}");
        var preview = form.QuerySelector("button[formaction]")!.GetAttribute("formaction");
        return await ParseAsync(await client.SubmitAsync(form, "form.loket-declaration-form", fields, formAction: preview));
    }

    private static Dictionary<string, string> Gift(string value, string status = "accepted") => new()
    {
        ["Input.Subject"] = "Fles wijn",
        ["Input.Answers[valueEur]"] = value,
        ["Input.Answers[status]"] = status,
        ["Input.Answers[form]"] = "goods",
    };

    private static string FirstSentence(IHtmlDocument page) => page.QuerySelector(".loket-verdict__answer")!.TextContent.Trim();

    [Theory]
    [InlineData("leidschendam-voorburg", "nevenwerkzaamheid", "", "Oordeel: Groen", "Je mag deze nevenwerkzaamheid uitoefenen. Je hoeft niets te doen.")]
    [InlineData("leiden", "geschenk", "25", "Oordeel: Groen", "Je mag dit aannemen als je het meldt bij je leidinggevende (Mark Manager).")]
    [InlineData("leiden", "geschenk", "", "Oordeel: Oranje", "Je mag dit aannemen als je het eerst bespreekt met je leidinggevende (Mark Manager).")]
    [InlineData("leiden", "geschenk", "60", "Oordeel: Rood", "Je mag dit niet aannemen.")]
    [InlineData("leidschendam-voorburg", "nevenwerkzaamheid", "relatedToOwnWork", "Oordeel: Oranje", "Je mag deze nevenwerkzaamheid uitoefenen als je het meldt bij je leidinggevende (Mark Manager).")]
    [InlineData("leiden", "nevenwerkzaamheid", "usesMunicipalResources", "Oordeel: Rood", "Je mag deze nevenwerkzaamheid niet uitoefenen.")]
    public async Task The_verdict_starts_with_one_plain_sentence(string tenant, string slug, string answer, string heading, string sentence)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync(tenant, "medewerker");
        var fields = slug == "geschenk" ? Gift(answer) : new Dictionary<string, string> { ["Input.Subject"] = "Penningmeester" };
        if (slug != "geschenk" && answer.Length > 0)
        {
            fields[$"Input.Answers[{answer}]"] = "true";
        }

        var page = await PreviewAsync(mila, slug, fields);

        Assert.Equal(heading, page.QuerySelector("#oordeel-titel")!.TextContent.Trim());
        Assert.Equal("-1", page.QuerySelector("#oordeel-titel")!.GetAttribute("tabindex"));
        Assert.Equal(sentence, FirstSentence(page));
    }

    [Fact]
    public async Task Each_cited_article_appears_once_and_no_colour_in_lower_case()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        var page = await PreviewAsync(mila, "geschenk", new Dictionary<string, string>(Gift("60")) { ["Input.Answers[deliveredAtHome]"] = "true" });
        var verdict = page.QuerySelector(".loket-verdict")!.TextContent;

        Assert.Single(Regex.Matches(verdict, "Artikel 4\\.3 –"));
        Assert.DoesNotContain("(rood)", verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("(groen)", verdict, StringComparison.Ordinal);
        // Both reasons under the one article.
        Assert.Contains("op je huisadres", verdict, StringComparison.Ordinal);
        Assert.Contains("€ 50 of meer", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gemeentesecretaris_is_sent_to_whoever_decides_for_him_not_to_a_manager_he_does_not_have()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync("leiden", "secretaris");

        var page = await PreviewAsync(sander, "geschenk", Gift("25"));
        var verdict = page.QuerySelector(".loket-verdict")!;
        var addressed = FirstSentence(page) + string.Join(" ", verdict.QuerySelectorAll("li").Select(li => li.TextContent));

        Assert.Equal("Je mag dit aannemen als je het meldt bij de integriteitscoördinator.", FirstSentence(page));
        Assert.DoesNotContain("leidinggevende", addressed, StringComparison.Ordinal);
        Assert.Contains("boven jou staat niemand in de lijn", verdict.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#Input_ManagerInvolved"));
    }

    [Theory]
    [InlineData("s-hertogenbosch", "artikel 4.1 regel 6 van de gedragscode")]
    [InlineData("leiden", "Ambtenarenwet 2017, artikel 5, eerste lid, onder c")]
    public async Task A_top_official_is_told_before_submitting_that_a_side_activity_will_be_published(string tenant, string citation)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync(tenant, "secretaris");
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync(tenant, "medewerker");

        var (_, form) = await sander.GetPageAsync("/meldingen/nieuw/nevenwerkzaamheid");
        var check = await ParseAsync(await sander.PostFormAsync("/meldingen/nieuw/nevenwerkzaamheid", "form.loket-declaration-form", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Voorzitter van de schaakclub",
            ["Input.Answers[paid]"] = "false",
        }));
        var (_, employeeForm) = await mila.GetPageAsync("/meldingen/nieuw/nevenwerkzaamheid");
        var (_, giftForm) = await sander.GetPageAsync("/meldingen/nieuw/geschenk");

        Assert.Contains("openbaar gemaakt", form.QuerySelector("#openbaarmaking")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(citation, form.QuerySelector("#openbaarmaking")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(check.QuerySelector("form.loket-check-form"));
        Assert.Contains("openbaar gemaakt", check.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(employeeForm.QuerySelector("#openbaarmaking"));
        Assert.Null(giftForm.QuerySelector("#openbaarmaking"));
    }

    [Fact]
    public async Task Each_form_gives_its_own_examples()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        var (_, side) = await mila.GetPageAsync("/meldingen/nieuw/nevenwerkzaamheid");
        var (_, gift) = await mila.GetPageAsync("/meldingen/nieuw/geschenk");

        Assert.DoesNotContain("fles wijn", side.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("geschenk", side.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("fles wijn", gift.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Waar gaat je opgave over?", side.QuerySelector("label[for=Input_Subject]")!.TextContent.Trim());
    }
}
