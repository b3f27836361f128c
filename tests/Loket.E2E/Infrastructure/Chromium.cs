using Microsoft.Playwright;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole run (never a downloaded browser); every test gets a
/// fresh context of its own, so cookies never leak between tests.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Shared = new(LaunchAsync);

    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("LOKET_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> BrowserAsync() => (await Shared.Value).Browser;

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium not found at {ExecutablePath}: run `apt-get install -y chromium` or set LOKET_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Without the network flags Chromium keeps calling home on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // xunit 2 has no assembly fixture: close the browser when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return (playwright, browser);
    }
}
