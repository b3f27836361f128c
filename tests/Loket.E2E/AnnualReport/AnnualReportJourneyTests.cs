using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tests.AnnualReport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.AnnualReport;

/// <summary>
/// Issue 18 point 7 in a browser, on the demo with its year of work: Leiden's integrity coordinator opens the
/// year's draft, writes her own text (a name in it refused, the text kept), saves it twice as two versions and
/// downloads the PDF, which is read back page by page: Dutch, tagged, with an outline, the page's headings and
/// key figures in its text and no one's name. The desk's coordinator, a second pair of eyes, reads the desk's
/// figures and adopts the report; a recount gives the same numbers.
/// </summary>
[Collection(LivedInDemo.Name)]
public sealed class AnnualReportJourneyTests(LivedInDemoHost host)
{
    private const string Developments = "Het meldpunt van de Leidse regio werd bekender: meer collega's vonden de weg naar de vertrouwenspersonen.";
    private const string Evaluation = "De regeling voor geschenken werkt; de grens van 50 euro is bekend bij de teams.";
    private const string Goals = "Elke nieuwe medewerker volgt in het eerste kwartaal de introductietraining integriteit.";

    [Fact]
    public async Task The_coordinator_writes_the_draft_in_versions_and_downloads_a_tagged_Dutch_PDF_that_names_nobody_and_a_second_coordinator_adopts_it()
    {
        int year;
        string[] chapters;
        string[] keyFigures;
        byte[] pdfBytes;
        await using (var iris = await LoketPage.OpenAsync(host, "jaarverslag-coordinator"))
        {
            var page = iris.Page;
            await iris.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
            await iris.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Jaarverslag" }).ClickAsync());
            var title = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
            year = int.Parse(Regex.Match(title, @"^Integriteitsjaarverslag (\d{4})$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main).ToContainTextAsync("Gemeente Leiden · Concept, nog zonder eigen tekst");
            chapters = [.. await page.GetByRole(AriaRole.Navigation, new() { Name = "Inhoud" }).GetByRole(AriaRole.Link).AllInnerTextsAsync()];
            Assert.Contains("Kerncijfers", chapters);
            // One heading per table: the key figures are not titled three times over (chapter, table, caption).
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kerncijfers", Exact = true })).ToHaveCountAsync(1);
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Jaren" }).GetByRole(AriaRole.Link, new() { Name = $"{year}" })).ToHaveAttributeAsync("aria-current", "page");
            var keyTable = page.GetByRole(AriaRole.Table, new() { Name = "Kerncijfers" });
            await Expect(keyTable.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Kerncijfer", $"{year - 2}", $"{year - 1}", $"{year}"]);
            // The figures as a reader sees them ("< 5" for a small number), row by row.
            keyFigures = [.. await keyTable.Locator("tbody tr").EvaluateAllAsync<string[]>(
                "rows => rows.map(r => [...r.cells].map(c => (c.querySelector('[aria-hidden]') ?? c).textContent.trim()).join(''))")];
            Assert.True(keyFigures.Length >= 8, "The key figures table has too few rows.");

            // A name slips into the text: refused, in Dutch, with what was typed kept.
            var developments = page.GetByLabel("Ontwikkelingen", new() { Exact = true });
            await developments.FillAsync("Mila Medewerker meldde dit jaar twee keer een vermoeden.");
            await page.GetByLabel("Evaluatie van het beleid").FillAsync(Evaluation);
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De tekst bij “Ontwikkelingen” bevat een naam of een kenmerk van een melding.");
            await Expect(developments).ToHaveValueAsync("Mila Medewerker meldde dit jaar twee keer een vermoeden.");
            await Expect(page.GetByLabel("Evaluatie van het beleid")).ToHaveValueAsync(Evaluation);

            await developments.FillAsync(Developments);
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het concept is opgeslagen als nieuwe versie.");
            // Back at the form, not at the top of a long report.
            await Expect(page).ToHaveURLAsync(new Regex("#schrijven$"));
            await page.GetByLabel("Doelen voor volgend jaar").FillAsync(Goals);
            await iris.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync());
            await Expect(main).ToContainTextAsync($"Gemeente Leiden · Concept, versie 2 van");
            var versions = page.GetByRole(AriaRole.Table, new() { Name = "Opgeslagen versies van de eigen tekst" }).Locator("tbody tr");
            await Expect(versions).ToHaveCountAsync(2);
            await Expect(versions.First).ToContainTextAsync("Iris Integriteit");
            await Expect(page.Locator("#tekst").Locator("..")).ToContainTextAsync(Goals);
            await Expect(main).ToContainTextAsync("Een andere integriteitscoördinator stelt het verslag vast (vier ogen).");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
            pdfBytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        }

        using (var pdf = PdfDocument.Open(pdfBytes))
        {
            Assert.Equal("nl", PdfStructure.CatalogString(pdf, "Lang"));
            Assert.StartsWith($"Integriteitsjaarverslag {year} – ", pdf.Information.Title, StringComparison.Ordinal);
            Assert.Contains("Leiden", pdf.Information.Title, StringComparison.Ordinal);
            var tags = PdfStructure.Elements(pdf).ToList();
            Assert.Equal("Document", tags[0].Tag);
            Assert.Single(tags, t => t.Tag == "H1");
            foreach (var tag in new[] { "H2", "H3", "P", "Table", "TR", "TH", "TD" })
            {
                Assert.Contains(tags, t => t.Tag == tag);
            }

            Assert.All(tags.Where(t => t.Tag == "Figure"), f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));
            Assert.Contains(tags, t => t.Tag == "Figure");
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            var outline = bookmarks.Roots.Select(b => b.Title).ToList();
            foreach (var chapter in chapters.Where(c => c != "Ontwikkelingen, evaluatie en doelen"))
            {
                Assert.Contains(chapter, outline);
            }

            var text = string.Join('\n', pdf.GetPages().Select(p => p.Text));
            Assert.Contains($"Integriteitsjaarverslag {year}", text, StringComparison.Ordinal);
            Assert.Contains("Concept, versie 2", text, StringComparison.Ordinal);
            foreach (var paragraph in new[] { Developments, Evaluation, Goals })
            {
                Assert.Contains(Squeeze(paragraph), Squeeze(text), StringComparison.Ordinal);
            }

            foreach (var row in keyFigures)
            {
                Assert.Contains(Squeeze(row), Squeeze(text), StringComparison.Ordinal);
            }

            foreach (var name in await PeopleAsync())
            {
                Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        await using var daan = await LoketPage.OpenAsync(host, "jaarverslag-vaststellen");
        var adopt = daan.Page;
        await daan.SubmitLoginAsync("Gemeente Leiden", "meldpunt@leidse-regio");
        await daan.NavigateByAsync(() => adopt.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Jaarverslag" }).ClickAsync());
        await daan.NavigateByAsync(() => adopt.GetByRole(AriaRole.Link, new() { Name = "Jaarcijfers van het meldpunt als geheel en per gemeente" }).ClickAsync());
        var contents = adopt.GetByRole(AriaRole.Navigation, new() { Name = "Inhoud" }).GetByRole(AriaRole.Link);
        await Expect(contents).ToHaveTextAsync(["Meldpunt integriteit Leidse regio", "Gemeente Leiden", "Gemeente Leiderdorp"]);
        await daan.VisitAsync($"/jaarverslag?jaar={year}");
        await daan.NavigateByAsync(() => adopt.GetByRole(AriaRole.Button, new() { Name = $"Jaarverslag {year} vaststellen" }).ClickAsync());
        await Expect(adopt.GetByRole(AriaRole.Status)).ToContainTextAsync($"Het jaarverslag {year} is vastgesteld. De gemeentesecretaris heeft bericht gekregen.");
        await Expect(adopt.Locator("code.loket-hash")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await Expect(adopt.GetByRole(AriaRole.Main)).ToContainTextAsync("met conceptversie 2");
        await Expect(adopt.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" })).ToHaveCountAsync(0);
        await daan.NavigateByAsync(() => adopt.GetByRole(AriaRole.Link, new() { Name = "Controleer of de cijfers nog uit de gegevens volgen" }).ClickAsync());
        await Expect(adopt.GetByRole(AriaRole.Status)).ToContainTextAsync("alle cijfers zijn gelijk aan het vastgestelde verslag");
    }

    /// <summary>Every person the demo knows, in every municipality: the employees and the accounts' display names.</summary>
    private async Task<List<string>> PeopleAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        var employees = await db.Employees.IgnoreQueryFilters().Select(e => e.Name).ToListAsync();
        var accounts = await db.Users.Select(u => u.DisplayName).ToListAsync();
        var people = employees.Concat(accounts).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
        Assert.Contains("Mila Medewerker", people);
        return people;
    }

    // PdfPig reads a line's words with or without the spaces between them; compare without.
    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");
}
