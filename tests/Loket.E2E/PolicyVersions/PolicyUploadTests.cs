using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.PolicyVersions;

/// <summary>
/// The administrator uploads a new version of Leiden's code with a mistake, fixes it in the text box, sees
/// the change in terms of the code; the integrity officer approves it. Axe on every page.
/// </summary>
public sealed class PolicyUploadTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task An_administrator_fixes_a_mistake_in_the_browser_and_the_officer_approves_the_new_limit()
    {
        var effective = DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(10);
        var good = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "leiden", "1.3.yaml"))
            .Replace("version: \"1.3\"", "version: \"1.4\"", StringComparison.Ordinal)
            .Replace("effective-from: 2025-01-01", $"effective-from: {effective:yyyy-MM-dd}", StringComparison.Ordinal)
            .Replace("wording: \"minder dan € 50\"", "wording: \"minder dan € 75\"", StringComparison.Ordinal);
        var broken = good.Replace("    amount: 50\n", "    amount: vijfenzeventig\n", StringComparison.Ordinal);

        await using var admin = await LoketPage.OpenAsync(host, "policy-upload");
        var page = admin.Page;
        await admin.SubmitLoginAsync("Gemeente Leiden", "beheerder@leiden");
        await admin.NavigateByAsync(() => page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Gedragscode" }).ClickAsync());
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe versie uploaden" }).ClickAsync());
        await page.GetByLabel("Dag").FillAsync(effective.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Maand").FillAsync(effective.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Jaar").FillAsync(effective.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Bestand (.yaml)").SetInputFilesAsync(new FilePayload { Name = "leiden-1.4.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(broken) });
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en uploaden" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^leiden-1\.4\.yaml:\d+: 'amount' moet een bedrag zijn") })).ToBeVisibleAsync();
        var text = page.GetByLabel("Tekst van het bestand");
        await Expect(text).ToHaveValueAsync(broken);
        await text.FillAsync((await text.InputValueAsync()).Replace("vijfenzeventig", "75", StringComparison.Ordinal));
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Controleren en uploaden" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("wacht op goedkeuring door een integriteitscoördinator");
        await Expect(page.GetByText("Leiden 4.3: grens € 50 → € 75")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" })).ToHaveCountAsync(0);
        var review = page.Url;
        await admin.LogOutAsync();

        await admin.SubmitLoginAsync("Gemeente Leiden", "integriteit@leiden");
        await admin.VisitAsync(review);
        await Expect(page.GetByText("Leiden 4.3: grens € 50 → € 75")).ToBeVisibleAsync();
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 1.4 is goedgekeurd en geldt vanaf");
        await admin.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de versies" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Versie 1.4.*Gaat in op") })).ToBeVisibleAsync();
    }
}
