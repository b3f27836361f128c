using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Registers;

// A top official's side activity goes on the public register from its decision page, after a preview made by the
// public register's own code; one that starts later is announced apart, and current from its first day.
public sealed class PublicationTests
{
    private static Dictionary<string, string> Activity(string organisation, string start) => new()
    {
        ["Input.Subject"] = "Bestuurswerk naast de functie",
        ["Input.Counterparty"] = organisation,
        ["Input.Role"] = "Voorzitter",
        ["Input.StartDate"] = start,
        ["Input.Answers[paid]"] = "true",
    };

    [Theory, OnSqlite, OnPostgres]
    public async Task The_decision_page_leads_to_a_preview_of_exactly_the_public_row_and_publishing_puts_that_row_there(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync("s-hertogenbosch", "secretaris");
        var id = await SubmitAsync(sander, "nevenwerkzaamheid", Activity("Roeivereniging Het Spaarne", "2026-11-01"));
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(iris, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved" })).StatusCode);
        using var anonymous = app.CreateLoketClient();

        var (_, decision) = await iris.GetPageAsync($"/meldingen/{id}");
        var (_, preview) = await iris.GetPageAsync($"/meldingen/{id}/publiceren");
        var (_, before) = await anonymous.GetPageAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden");
        var published = await iris.PostFormAsync($"/meldingen/{id}/publiceren", "form.loket-publish-form", new Dictionary<string, string>());
        var (_, after) = await anonymous.GetPageAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden");
        var (_, decided) = await iris.GetPageAsync($"/meldingen/{id}");

        Assert.NotNull(decision.QuerySelector($"main a[href='/meldingen/{id}/publiceren']"));
        Assert.Contains("toont deze nevenwerkzaamheid nu niet", preview.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Roeivereniging Het Spaarne", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/meldingen/{id}", published.Headers.Location!.OriginalString);
        var previewed = Row(preview, "Roeivereniging Het Spaarne");
        Assert.Equal(["Sander Secretaris", "Gemeentesecretaris", "Roeivereniging Het Spaarne", "Voorzitter", "bezoldigd", "1-11-2026", "", "25-11-2026"], previewed);
        Assert.Equal(previewed, Row(after, "Roeivereniging Het Spaarne"));
        Assert.Contains("Gepubliceerd op 25-11-2026", decided.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(decided.QuerySelector($"main a[href='/meldingen/{id}/publiceren']"));

        // The officer came from the registers, the declarant from their own declarations: the menu says so, not the path.
        var (_, own) = await sander.GetPageAsync($"/meldingen/{id}");
        Assert.Equal("Registers", CurrentMenuItem(decision));
        Assert.Equal("Registers", CurrentMenuItem(preview));
        Assert.Equal("Mijn opgaven", CurrentMenuItem(own));
    }

    private static string? CurrentMenuItem(IHtmlDocument page) =>
        page.QuerySelector("nav.loket-nav a[aria-current='page']")?.TextContent.Trim();

    [Theory, OnSqlite, OnPostgres]
    public async Task An_activity_that_starts_later_is_announced_apart_and_is_current_from_its_first_day(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var organisation = $"Stichting {Guid.NewGuid():N}"[..20];
        using (var sander = app.CreateLoketClient())
        using (var iris = app.CreateLoketClient())
        {
            await sander.LoginAsDemoAsync("s-hertogenbosch", "secretaris");
            var id = await SubmitAsync(sander, "nevenwerkzaamheid", Activity(organisation, "2027-01-01"));
            await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(iris, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved" })).StatusCode);
            var (_, preview) = await iris.GetPageAsync($"/meldingen/{id}/publiceren");
            Assert.Contains("gaat in op 1 januari 2027", Row(preview, organisation));
            Assert.Equal(HttpStatusCode.Redirect, (await iris.PostFormAsync($"/meldingen/{id}/publiceren", "form.loket-publish-form", new Dictionary<string, string>())).StatusCode);
        }

        var announced = await SeenAsync(app, organisation);
        Assert.False(announced.InCurrentTable);
        Assert.Contains("gaat in op 1 januari 2027", announced.AnnouncedRow!);
        Assert.False(announced.Json.GetProperty("actueel").GetBoolean());
        Assert.Contains("gaat in op 1 januari 2027", announced.CsvLine, StringComparison.Ordinal);
        Assert.False(announced.InCurrentRegister);
        Assert.Contains("(gaat in op 1-1-2027)", announced.RegisterStatus, StringComparison.Ordinal);

        // New Year's Day, 10:00 UTC: the activity runs.
        app.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.Zero));
        var running = await SeenAsync(app, organisation);
        Assert.True(running.InCurrentTable);
        Assert.Null(running.AnnouncedRow);
        Assert.True(running.Json.GetProperty("actueel").GetBoolean());
        Assert.Contains(";actueel", running.CsvLine, StringComparison.Ordinal);
        Assert.True(running.InCurrentRegister);
        Assert.DoesNotContain("gaat in op", running.RegisterStatus, StringComparison.Ordinal);
    }

    private sealed record Seen(bool InCurrentTable, string[]? AnnouncedRow, JsonElement Json, string CsvLine, bool InCurrentRegister, string RegisterStatus);

    /// <summary>The activity as the public page, its JSON and CSV, and the officer's register (current only, and all) show it.</summary>
    private static async Task<Seen> SeenAsync(LoketApp app, string organisation)
    {
        using var anonymous = app.CreateLoketClient();
        var (_, page) = await anonymous.GetPageAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden");
        var json = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden.json"));
        var csv = await anonymous.Http.GetStringAsync("/openbaar/s-hertogenbosch/nevenwerkzaamheden.csv");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        var (_, current) = await iris.GetPageAsync($"/registers/nevenwerkzaamheden?q={organisation}&current=true");
        var (_, all) = await iris.GetPageAsync($"/registers/nevenwerkzaamheden?q={organisation}");
        var tables = page.QuerySelectorAll("main table").ToList();
        var announced = tables.SingleOrDefault(t => t.QuerySelector("caption")!.TextContent == "Nevenwerkzaamheden die nog ingaan");
        return new Seen(
            tables.SingleOrDefault(t => t.QuerySelector("caption")!.TextContent == "Actuele nevenwerkzaamheden")?.TextContent.Contains(organisation, StringComparison.Ordinal) == true,
            announced?.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains(organisation, StringComparison.Ordinal))
                .Select(r => r.Children.Select(td => td.TextContent.Trim()).ToArray()).SingleOrDefault(),
            json.RootElement.GetProperty("nevenwerkzaamheden").EnumerateArray().Single(e => e.GetProperty("organisatie").GetString() == organisation),
            csv.Split("\r\n").Single(line => line.Contains(organisation, StringComparison.Ordinal)),
            current.QuerySelector("main table")?.TextContent.Contains(organisation, StringComparison.Ordinal) == true,
            all.QuerySelectorAll("main table tbody tr").Single().Children[5].TextContent);
    }

    private static string[] Row(IHtmlDocument page, string organisation) =>
        page.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains(organisation, StringComparison.Ordinal))
            .Children.Select(td => td.TextContent.Trim()).ToArray();
}
