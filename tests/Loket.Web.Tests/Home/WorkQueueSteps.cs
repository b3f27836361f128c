using System.Globalization;
using AngleSharp.Html.Dom;
using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.Home;

/// <summary>Reading the home page's counts and following them to their lists.</summary>
internal static class WorkQueueSteps
{
    /// <summary>The count shown on the home page for the link that starts with <paramref name="href"/>, and its link.</summary>
    public static async Task<(int Count, string Href, IHtmlDocument Home)> CountAsync(LoketClient client, string href)
    {
        var (_, home) = await client.GetPageAsync("/mijn");
        var link = home.QuerySelectorAll("main section a").OfType<IHtmlAnchorElement>()
            .SingleOrDefault(a => a.GetAttribute("href")!.StartsWith(href, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No work link to {href} on the home page: {home.QuerySelector("main")!.TextContent}");
        return (int.Parse(link.QuerySelector("strong")!.TextContent, CultureInfo.InvariantCulture), link.GetAttribute("href")!, home);
    }

    /// <summary>The rows of the list the link leads to (its first table; none when it says there are none).</summary>
    public static async Task<(int Rows, IHtmlDocument List)> FollowAsync(LoketClient client, string href)
    {
        var (response, list) = await client.GetPageAsync(href);
        response.EnsureSuccessStatusCode();
        return (list.QuerySelector("main table tbody")?.QuerySelectorAll("tr").Length ?? 0, list);
    }

    /// <summary>The home page's count and the followed list's rows.</summary>
    public static async Task<(int Count, int Rows, IHtmlDocument Home, IHtmlDocument List)> CountAndListAsync(LoketClient client, string href)
    {
        var (count, link, home) = await CountAsync(client, href);
        var (rows, list) = await FollowAsync(client, link);
        return (count, rows, home, list);
    }

    public static string Text(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;
}
