using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Parser;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Security;

/// <summary>The findings of issue 13 point 11, each refused in Dutch instead of stored or answered with a 500.</summary>
public sealed class BadInputTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_case_with_an_event_date_at_the_end_of_the_calendar_still_opens(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();

        // The form refuses the date at the edge ...
        var refused = await reporter.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Municipality"] = "s-hertogenbosch",
            ["Input.Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Input.Text"] = "Een datum ver in de toekomst.",
            ["Input.EventDate.Day"] = "31",
            ["Input.EventDate.Month"] = "12",
            ["Input.EventDate.Year"] = "9999",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vul een jaar tussen 1900 en 2100 in.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ... and a stored one (from before that check) no longer breaks the page on every visit.
        var filed = await ReportAnonymouslyAsync(app, reporter, "s-hertogenbosch", "Ongewenst gedrag op de afdeling.", category: nameof(ReportCategory.UnwantedBehaviour));
        await app.WithDbAsync(async db =>
        {
            var report = await db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId);
            // Written past the aggregate on purpose: a row as old data could hold it.
            db.Entry(report).Property(r => r.EventDate).CurrentValue = DateOnly.MaxValue;
            return await db.SaveChangesAsync();
        });
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        var page = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Contains("31 december 9999", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_oversized_declaration_subject_is_refused_by_form_and_api_and_never_stored(DatabaseKind kind)
    {
        // Counted by subject: other test classes file declarations on the same app at the same time.
        const string Oversized = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var before = await app.WithDbAsync(db => db.Set<Loket.Web.Declarations.EmployeeDeclaration>().IgnoreQueryFilters().CountAsync(d => d.Subject.StartsWith(Oversized)));

        // 25 MB, as in the finding: refused before anything reads it.
        var huge = await mila.Http.PostAsync("/api/meldingen", new StringContent(
            $"{{\"subject\":\"{new string('x', 25 * 1024 * 1024)}\",\"declaration\":{{\"type\":\"gift\",\"valueEur\":20}}}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        // Just over the column: a Dutch refusal naming the limit.
        var api = await mila.Http.PostAsJsonAsync("/api/meldingen", new { subject = new string('x', 501), declaration = new { type = "gift", valueEur = 20, status = "accepted", form = "hospitality" } });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("hoogstens 500 tekens", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (_, form) = await mila.GetPageAsync("/meldingen/nieuw/geschenk");
        var posted = await mila.SubmitAsync(form, "form.loket-declaration-form", new Dictionary<string, string> { ["Input.Subject"] = new string('x', 600) }, "/meldingen/nieuw/geschenk");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("hoogstens 500 tekens", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Loket.Web.Declarations.EmployeeDeclaration>().IgnoreQueryFilters().CountAsync(d => d.Subject.StartsWith(Oversized))));
    }

    [Fact]
    public async Task An_invalid_totp_secret_posted_by_hand_is_refused_in_dutch()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");
        var (_, account) = await client.GetPageAsync("/account");

        foreach (var secret in new[] { "!!!!niet-base32-maar-lang!!!!", "ABC", new string('A', 65) })
        {
            var response = await client.SubmitAsync(account, "form[action*='Enable']", new Dictionary<string, string> { ["NewSecret"] = secret, ["Code"] = "123456" }, "/account");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("De sleutel op deze pagina is niet meer geldig.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "medewerker@leiden").Select(u => u.TotpEnabled).SingleAsync()));
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0a/evil.example")]
    [InlineData("/mijn%00")]
    [InlineData("/%E2%80%AE/evil.example")]
    public async Task A_return_url_with_control_characters_goes_home_instead(string returnUrl)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        var (_, login) = await client.GetPageAsync("/inloggen");

        var response = await client.SubmitAsync(login, "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Tenant"] = "leiden",
            ["Input.UserName"] = "medewerker@leiden",
            ["Input.Password"] = Loket.Web.Demo.DemoOptions.Password,
        }, $"/inloggen?ReturnUrl={returnUrl}");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!.OriginalString;
            Assert.True(location == "/mijn" || !location.Any(char.IsControl) && !location.Contains("evil", StringComparison.Ordinal), location);
        }
        else
        {
            Assert.Equal("Verzoek niet begrepen", new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent);
        }
    }
}
