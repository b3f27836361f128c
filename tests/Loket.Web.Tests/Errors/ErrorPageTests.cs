using System.Net;
using System.Text.Json;
using Loket.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Errors;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_unknown_page_gets_a_dutch_404_page()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");

        var (response, page) = await client.GetPageAsync("/bestaat/niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_anonymous_visitor_of_an_unknown_page_is_asked_to_log_in_so_urls_cannot_be_probed()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var response = await client.Http.GetAsync("/beheer/bestaat-niet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen?ReturnUrl=%2Fbeheer%2Fbestaat-niet", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_api_route_gets_problem_details_in_dutch()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");

        var response = await client.Http.GetAsync("/api/bestaat-niet");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Niet gevonden.", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_anonymous_api_call_gets_401_not_a_login_page()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var response = await client.Http.GetAsync("/api/iets");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_crash_shows_a_dutch_page_or_problem_details_without_the_exception()
    {
        var shared = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        await using var app = shared.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, Crash>()));
        using var client = new LoketClient(app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await client.LoginAsDemoAsync("leiden", "medewerker");

        var page = await client.Http.GetAsync("/crash");
        var api = await client.Http.GetAsync("/api/crash");
        var pageText = await page.Content.ReadAsStringAsync();
        var apiText = await api.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Er ging iets mis", pageText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        foreach (var text in new[] { pageText, apiText })
        {
            Assert.DoesNotContain(Crash.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        }
    }

    /// <summary>A bug stand-in: any path ending in /crash throws, behind all of the app's own middleware.</summary>
    private sealed class Crash : IStartupFilter
    {
        public const string Secret = "geheime-interne-fout-7731";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path.Value!.EndsWith("/crash", StringComparison.Ordinal)
                ? throw new InvalidOperationException(Secret)
                : nextMiddleware(context));
        };
    }

    [Fact]
    public void A_request_too_large_or_malformed_is_the_senders_status_not_a_server_fault()
    {
        Assert.Equal(413, Loket.Web.Infrastructure.Web.ApiErrors.StatusFor(new Microsoft.AspNetCore.Http.BadHttpRequestException("te groot", 413)));
        Assert.Equal(413, Loket.Web.Infrastructure.Web.ApiErrors.StatusFor(new InvalidDataException("Multipart body length limit exceeded.")));
        Assert.Equal(500, Loket.Web.Infrastructure.Web.ApiErrors.StatusFor(new InvalidOperationException("bug")));
    }
}
