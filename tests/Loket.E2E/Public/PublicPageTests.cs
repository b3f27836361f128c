using Loket.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loket.E2E.Public;

/// <summary>The pages anyone can open without signing in.</summary>
public sealed class PublicPageTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Theory]
    [InlineData("/", "Integriteitsloket")]
    [InlineData("/inloggen", "Inloggen")]
    [InlineData("/toegankelijkheid", "Toegankelijkheid")]
    public async Task A_public_page_opens_and_is_accessible(string path, string heading)
    {
        await using var loket = await LoketPage.OpenAsync(host, $"public{path.Replace('/', '_')}");

        Assert.Equal(200, await loket.VisitAsync(path));

        await Expect(loket.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
    }

    [Fact]
    public async Task An_unknown_address_asks_a_visitor_to_log_in_first()
    {
        await using var loket = await LoketPage.OpenAsync(host, "public-unknown-anonymous");

        // Closed by default: without signing in nobody learns which addresses exist.
        await loket.VisitAsync("/bestaat-niet");

        await Expect(loket.Page).ToHaveURLAsync(new Uri(host.BaseUrl, "/inloggen?ReturnUrl=%2Fbestaat-niet").ToString());
    }

    [Fact]
    public async Task An_unknown_address_shows_the_Dutch_not_found_page()
    {
        await using var loket = await LoketPage.OpenAsync(host, "public-404");
        await loket.SubmitLoginAsync("Gemeente Leiden", "medewerker@leiden");

        Assert.Equal(404, await loket.VisitAsync("/bestaat-niet"));

        await Expect(loket.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Expect(loket.Page.GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_start_page_works_on_a_phone()
    {
        await using var loket = await LoketPage.OpenAsync(host, "public-mobile", LoketPage.Mobile);

        await loket.VisitAsync("/");

        await Expect(loket.Page.GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        Assert.False(await loket.HasHorizontalScrollAsync(), "The page scrolls sideways on a 390 px wide screen.");
    }

    [Fact]
    public async Task The_home_page_works_on_a_phone()
    {
        await using var loket = await LoketPage.OpenAsync(host, "home-mobile", LoketPage.Mobile);

        await loket.SubmitLoginAsync("Gemeente Alphen aan den Rijn", "beheerder@alphen-aan-den-rijn");

        await Expect(loket.Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeInViewportAsync();
        Assert.False(await loket.HasHorizontalScrollAsync(), "The home page scrolls sideways on a 390 px wide screen.");
    }
}
