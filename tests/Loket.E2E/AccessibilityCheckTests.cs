using Loket.E2E.Infrastructure;
using Xunit.Sdk;

namespace Loket.E2E;

/// <summary>The check itself: a green suite means nothing if the check cannot fail.</summary>
public sealed class AccessibilityCheckTests(LoketHost host) : IClassFixture<LoketHost>
{
    [Fact]
    public async Task The_check_fails_on_a_WCAG_violation_and_names_rule_and_element()
    {
        await using var loket = await LoketPage.OpenAsync(host, "check-self-test");
        await loket.VisitAsync("/");

        // An image without alternative text (WCAG 1.1.1, level A) and a nameless button (4.1.2).
        await loket.Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img id=\"zonder-alt\" src=\"data:,\"><button id=\"zonder-naam\"></button>')");

        var failure = await Assert.ThrowsAsync<TrueException>(loket.CheckAccessibilityAsync);
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#zonder-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("button-name", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#zonder-naam", failure.Message, StringComparison.Ordinal);
    }
}
