using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// A browser tab on the app in which every page is checked: each navigation goes through
/// <see cref="VisitAsync"/> or <see cref="NavigateByAsync"/>, which run axe-core and save a
/// full-page screenshot. As a safety net the tab counts the documents it loads, and disposing it
/// fails the test when a page was shown without being checked.
/// </summary>
public sealed class LoketPage : IAsyncDisposable
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    public static readonly ViewportSize Mobile = new() { Width = 390, Height = 844 };

    /// <summary>The WCAG 2.0 and 2.1 level A and AA rules: any violation of these fails the test.</summary>
    private static readonly HashSet<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static int tabs;

    private static readonly string ScreenshotRoot = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly IBrowserContext context;
    private readonly string name;
    private readonly List<string> loads = [];
    private int checkedLoads;
    private int lastStatus;
    private int screenshots;

    // Without JavaScript the page cannot run axe (its timers never fire): a copy of the page's HTML,
    // without scripts, is checked in a tab of its own that may run it.
    private readonly IBrowserContext? copies;

    private LoketPage(IBrowserContext context, IPage page, string name, IBrowserContext? copies = null)
    {
        this.context = context;
        this.copies = copies;
        Page = page;
        this.name = name;
        // The load event fires once per new document, not for jumps within a page (#inhoud).
        page.Load += (_, loaded) =>
        {
            lock (loads)
            {
                loads.Add(loaded.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                lastStatus = response.Status;
            }
        };
    }

    public IPage Page { get; }

    /// <summary>
    /// Opens a fresh tab (own cookies) on <paramref name="host"/>; <paramref name="name"/> prefixes its screenshots.
    /// A Dutch browser unless <paramref name="locale"/> and <paramref name="timezoneId"/> say otherwise;
    /// without <paramref name="javaScript"/> the pages' own scripts do not run (axe still does).
    /// </summary>
    public static async Task<LoketPage> OpenAsync(LoketHost host, string name, ViewportSize? viewport = null, string locale = "nl-NL", string? timezoneId = null, bool javaScript = true)
    {
        var browser = await Chromium.BrowserAsync();
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.BaseUrl.ToString(),
            ViewportSize = viewport ?? Desktop,
            Locale = locale,
            TimezoneId = timezoneId,
            JavaScriptEnabled = javaScript,
            // The host's certificate is self-signed and made for this run only.
            IgnoreHTTPSErrors = true,
            // Each tab is another person at another address (192.0.2.x is for documentation), as
            // the app sees it behind its proxy: the login rate limit (20 a minute per address)
            // then guards each tab, rather than tripping over the whole suite on 127.0.0.1.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = $"192.0.2.{(Interlocked.Increment(ref tabs) % 250) + 1}" },
        });
        // Fail in seconds, not the default half minute: every page here is local.
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var copies = javaScript ? null : await browser.NewContextAsync(new() { ViewportSize = viewport ?? Desktop, Locale = locale, IgnoreHTTPSErrors = true });
        return new LoketPage(context, page, name, copies);
    }

    /// <summary>Goes to <paramref name="path"/> and checks the page; returns the HTTP status of the page shown.</summary>
    public Task<int> VisitAsync(string path) => NavigateByAsync(() => Page.GotoAsync(path));

    /// <summary>
    /// Does something that loads a new page (a click, a form post, a visit), waits for that page,
    /// checks it and returns its HTTP status (after redirects).
    /// </summary>
    public async Task<int> NavigateByAsync(Func<Task> action)
    {
        var before = LoadCount;
        await action();
        for (var waited = 0; LoadCount == before; waited += 20)
        {
            Assert.True(waited < 10_000, "The action did not load a new page.");
            await Task.Delay(20);
        }

        await CheckAccessibilityAsync();
        return lastStatus;
    }

    /// <summary>Runs axe-core on the current page (failing on any WCAG 2.1 A/AA violation) and saves a screenshot.</summary>
    public async Task CheckAccessibilityAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        checkedLoads = LoadCount;
        await ScreenshotAsync();
        var result = copies is null ? await Axe.RunAsync(Page) : await AxeOnCopyAsync(copies);
        var violations = result.Violations.Where(v => v.Tags.Any(WcagTags.Contains)).ToList();
        Assert.True(violations.Count == 0, Describe(Page.Url, violations));
    }

    private async Task<AxeResult> AxeOnCopyAsync(IBrowserContext copies)
    {
        var html = System.Text.RegularExpressions.Regex.Replace(await Page.ContentAsync(), "<script[^>]*>.*?</script>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        html = html.Replace("<head>", $"<head><base href=\"{Page.Url}\">", StringComparison.Ordinal);
        var copy = await copies.NewPageAsync();
        await copy.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
        var result = await Axe.RunAsync(copy);
        await copy.CloseAsync();
        return result;
    }

    /// <summary>True when the page is wider than the window (reflow, WCAG 1.4.10, fails).</summary>
    public async Task<bool> HasHorizontalScrollAsync() =>
        await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    public async Task<string> ScreenshotAsync()
    {
        Directory.CreateDirectory(ScreenshotRoot);
        var path = Path.Combine(ScreenshotRoot, $"{name}-{++screenshots}.png");
        // A long page (the annual report is some twenty screens) takes more than the default ten seconds on a busy machine.
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = 30_000 });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        var missed = loads.Skip(checkedLoads).ToList();
        await context.CloseAsync();
        if (copies is not null)
        {
            await copies.CloseAsync();
        }

        Assert.True(missed.Count == 0, $"Pages visited without an accessibility check: {string.Join(", ", missed)}");
    }

    private int LoadCount
    {
        get
        {
            lock (loads)
            {
                return loads.Count;
            }
        }
    }

    private static string Describe(string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder($"{violations.Count} WCAG 2.1 A/AA violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                // Any = none of these passed, All = each of these must pass, None = none may apply.
                var reasons = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.Append($"\n    {node.Target}: {string.Join(" ", reasons)}");
            }
        }

        return text.ToString();
    }
}
