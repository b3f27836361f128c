using Loket.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Loket.E2E.Controls;

/// <summary>
/// Issue 12, point 6 (WCAG 1.4.10 reflow): at 320 CSS pixels wide no page scrolls sideways; a wide
/// table scrolls inside its own box instead.
/// </summary>
public sealed class PhoneWidthTests(LoketHost host) : IClassFixture<LoketHost>
{
    private static readonly ViewportSize Narrow = new() { Width = 320, Height = 640 };

    [Theory]
    [InlineData(null, new[] { "/", "/inloggen", "/melden", "/melden/inbox", "/melden/benadeling", "/toegankelijkheid", "/openbaar/leiden/nevenwerkzaamheden" })]
    [InlineData("medewerker@leiden", new[] { "/mijn", "/meldingen", "/meldingen/nieuw/geschenk", "/meldingen/nieuw/nevenwerkzaamheid", "/melden", "/melden/mijn", "/account" })]
    [InlineData("manager@leiden", new[] { "/beslissen", "/team" })]
    [InlineData("integriteit@leiden", new[] { "/registers/geschenken", "/registers/nevenwerkzaamheden", "/registers/gevers", "/meldpunt/dossiers", "/meldpunt/mondeling" })]
    [InlineData("vertrouwenspersoon@leiden", new[] { "/vertrouwenspersoon", "/vertrouwenspersoon/melden", "/vertrouwenspersoon/contacten" })]
    [InlineData("beheerder@leiden", new[] { "/beheer/gebruikers", "/beheer/medewerkers", "/beheer/import", "/beheer/afdelingen" })]
    [InlineData("auditor@leiden", new[] { "/audit" })]
    public async Task No_page_of_a_role_is_wider_than_a_320_pixel_phone(string? userName, string[] paths)
    {
        await using var loket = await LoketPage.OpenAsync(host, $"phone-{userName?.Replace('@', '-') ?? "public"}", Narrow);
        if (userName is not null)
        {
            await loket.SubmitLoginAsync("Gemeente Leiden", userName);
        }

        var tooWide = new List<string>();
        foreach (var path in paths)
        {
            Assert.Equal(200, await loket.VisitAsync(path));
            var width = await loket.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > Narrow.Width)
            {
                tooWide.Add($"{path} ({width} px)");
            }
        }

        Assert.True(tooWide.Count == 0, $"Wider than 320 px: {string.Join(", ", tooWide)}");
    }
}
