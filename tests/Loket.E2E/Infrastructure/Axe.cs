using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// Runs the axe-core that ships in Deque.AxeCore.Commons directly in the page. Deque's
/// <c>page.RunAxe()</c> took 1 to 2 s per page here (it runs axe in parts and finishes in a
/// separate blank page); injecting the same script and calling <c>axe.run</c> takes about 0.25 s,
/// which halves the suite. The app has no iframes, the one thing the wrapper adds for us.
/// Playwright's evaluate is not bound by the page's Content-Security-Policy.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task<AxeResult> RunAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        // Only the violations are needed; leaving out passes keeps the answer small.
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify(await axe.run(document, { resultTypes: ['violations'] }))");
        return new AxeResult(JObject.Parse(json));
    }
}
