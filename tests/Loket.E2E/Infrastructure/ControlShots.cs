using Microsoft.Playwright;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// Screenshots of one control with a margin around it (where a focus ring is drawn), to prove that a
/// change of state (checked, focused) changes what a person sees: axe cannot see that.
/// </summary>
public static class ControlShots
{
    private const int Margin = 12;

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "screenshots", "controls");

    /// <summary>Fails unless <paramref name="control"/> looks different after <paramref name="change"/>.</summary>
    public static async Task ExpectChangeToShowAsync(this IPage page, ILocator control, string name, Func<Task> change)
    {
        var before = await ShotAsync(page, control, $"{name}-voor");
        await change();
        var after = await ShotAsync(page, control, $"{name}-na");
        Assert.False(before.AsSpan().SequenceEqual(after), $"{name}: the control looks the same before and after the change.");
    }

    /// <summary>Checks a radio or checkbox with the mouse and moves focus away, so only the checked state differs.</summary>
    public static async Task CheckAndBlurAsync(ILocator control)
    {
        await control.CheckAsync();
        await control.EvaluateAsync("element => element.blur()");
    }

    /// <summary>
    /// Focuses a control as it is for a keyboard user: after a key press the browser shows the focus
    /// ring (:focus-visible) also on a radio, checkbox or link, which it leaves out after a click.
    /// </summary>
    public static async Task FocusByKeyboardAsync(IPage page, ILocator control)
    {
        await page.Keyboard.PressAsync("Shift");
        await control.FocusAsync();
        Assert.True(await control.EvaluateAsync<bool>("element => element.matches(':focus-visible')"), "The control did not get keyboard focus.");
    }

    /// <summary>The page has no focus anywhere and the pointer is off every control.</summary>
    public static async Task BlurAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Mouse.MoveAsync(0, 0);
    }

    private static async Task<byte[]> ShotAsync(IPage page, ILocator control, string name)
    {
        await control.ScrollIntoViewIfNeededAsync();
        await page.Mouse.MoveAsync(0, 0);
        var box = await control.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: the control is not visible.");
        Directory.CreateDirectory(Root);
        return await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Root, $"{name}.png"),
            Clip = new() { X = box.X - Margin, Y = box.Y - Margin, Width = box.Width + (2 * Margin), Height = box.Height + (2 * Margin) },
            Animations = ScreenshotAnimations.Disabled,
        });
    }
}
