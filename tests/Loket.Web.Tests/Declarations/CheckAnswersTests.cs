using System.Net;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

// Issue 12 point 3: what was declared is visible to whoever acts on it, and checked before it is stored.
public sealed class CheckAnswersTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private static Dictionary<string, string> Gift(string subject) => new()
    {
        ["Input.Subject"] = subject,
        ["Input.Counterparty"] = "Drukkerij Van Dam",
        ["Input.Answers[valueEur]"] = "€ 35,00",
        ["Input.Answers[status]"] = "accepted",
        ["Input.Answers[form]"] = "goods",
        ["Input.Answers[christmasPackage]"] = "true",
    };

    private static string Answer(AngleSharp.Html.Dom.IHtmlDocument page, string field) =>
        page.QuerySelector($".loket-answers [data-field='{field}']")?.TextContent.Trim() ?? "(geen antwoord op de pagina)";

    [Theory, OnSqlite, OnPostgres]
    public async Task The_first_post_shows_every_answer_in_Dutch_and_stores_nothing_until_it_is_confirmed(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var subject = $"Kerstpakket {Guid.NewGuid():N}"[..20];

        var first = await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift(subject));
        var check = await ParseAsync(first);
        var storedBefore = await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.Subject == subject), "leiden");
        var confirmed = await ConfirmAsync(mila, new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(check.DocumentElement.OuterHtml) });
        var (_, confirmation) = await mila.GetPageAsync(confirmed.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("Controleer je opgave", check.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("€ 35", Answer(check, "valueEur"));
        Assert.Equal("Aangenomen", Answer(check, "status"));
        Assert.Equal("Ja", Answer(check, "christmasPackage"));
        Assert.Equal("Weet ik niet", Answer(check, "deliveredAtHome"));
        Assert.Contains("Is het een kerstpakket?", check.QuerySelector(".loket-answers")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(check.QuerySelector(".loket-verdict"));
        Assert.Equal(0, storedBefore);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.Subject == subject), "leiden"));
        Assert.Contains("Je opgave is ingediend", confirmation.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("€ 35", Answer(confirmation, "valueEur"));
        Assert.Equal("Aangenomen", Answer(confirmation, "status"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Wijzigen_returns_to_the_form_with_everything_typed_and_the_kept_file(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var subject = $"Boek {Guid.NewGuid():N}"[..16];

        var check = await ParseAsync(await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift(subject),
            [new LoketClient.Upload("Files", "kaart.pdf", Pdf, "application/pdf")]));
        var edit = check.QuerySelector("form.loket-check-form button[formaction*='handler=edit']")!.GetAttribute("formaction");
        var form = await ParseAsync(await mila.SubmitAsync(check, "form.loket-check-form", new Dictionary<string, string>(), formAction: edit));
        var kept = form.QuerySelector("input[name='Input.Attachments']");

        Assert.Contains("kaart.pdf", check.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("form.loket-declaration-form"));
        Assert.Equal(subject, form.QuerySelector("#Input_Subject")!.TextContent);
        Assert.Equal("Drukkerij Van Dam", form.QuerySelector("#Input_Counterparty")!.GetAttribute("value"));
        Assert.Equal("€ 35,00", form.QuerySelector("#Input_Answers_valueEur")!.GetAttribute("value"));
        Assert.True(form.QuerySelector("#Input_Answers_christmasPackage_true")!.HasAttribute("checked"));
        Assert.True(form.QuerySelector("#Input_Answers_status option[value=accepted]")!.HasAttribute("selected"));
        Assert.NotNull(kept);
        Assert.True(kept!.HasAttribute("checked"));
        Assert.Contains("kaart.pdf", form.QuerySelector($"label[for='{kept.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.Subject == subject), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_manager_decides_seeing_who_declared_and_every_answer(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var subject = $"Bijles {Guid.NewGuid():N}"[..16];
        var id = await SubmitAsync(mila, "nevenwerkzaamheid", new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.Counterparty"] = "Huiswerkinstituut",
            ["Input.Role"] = "Docent",
            ["Input.Answers[paid]"] = "true",
            ["Input.Answers[duringWorkingHours]"] = "false",
        });
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiderdorp", "manager");

        var (_, list) = await mark.GetPageAsync("/beslissen");
        var (_, decision) = await mark.GetPageAsync($"/meldingen/{id}");
        var headers = list.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(subject, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal("Medewerker", headers[0]);
        Assert.Equal("Mila Medewerker", cells[0]);
        Assert.NotNull(decision.QuerySelector("form.loket-decision-form"));
        Assert.Equal("Ja", Answer(decision, "paid"));
        Assert.Equal("Nee", Answer(decision, "duringWorkingHours"));
        Assert.Equal("Weet ik niet", Answer(decision, "usesMunicipalResources"));
        Assert.Contains("Is het betaald werk?", decision.QuerySelector(".loket-answers")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_amount_with_cents_keeps_the_live_verdict_and_junk_says_why_there_is_none(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        async Task<AngleSharp.Html.Dom.IHtmlDocument> PreviewAsync(string value)
        {
            var (_, form) = await mila.GetPageAsync("/meldingen/nieuw/geschenk");
            var preview = form.QuerySelector("button[formaction]")!.GetAttribute("formaction");
            return await ParseAsync(await mila.SubmitAsync(form, "form.loket-declaration-form", new Dictionary<string, string>(Gift("Pen")) { ["Input.Answers[valueEur]"] = value }, formAction: preview));
        }

        var cents = await PreviewAsync("€ 35,00");
        var junk = await PreviewAsync("35.50");

        Assert.Contains("Oordeel: Groen", cents.QuerySelector("#oordeel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nog geen oordeel", junk.QuerySelector("#oordeel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("komma voor de centen", junk.QuerySelector("#oordeel")!.TextContent, StringComparison.Ordinal);
    }
}
