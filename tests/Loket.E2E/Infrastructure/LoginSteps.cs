using Microsoft.Playwright;

namespace Loket.E2E.Infrastructure;

/// <summary>Signing in and out the way a person does: through the form and the header button.</summary>
public static class LoginSteps
{
    public const string DemoPassword = "Demo-Loket-2026!";

    /// <summary>Opens /inloggen, fills the form by its labels and submits; checks both pages.</summary>
    public static async Task SubmitLoginAsync(this LoketPage loket, string municipality, string userName, string password = DemoPassword)
    {
        var page = loket.Page;
        await loket.VisitAsync("/inloggen");
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = municipality });
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await loket.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync());
    }

    public static async Task LogOutAsync(this LoketPage loket) =>
        await loket.NavigateByAsync(() => loket.Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync());

    /// <summary>The main menu in the header.</summary>
    public static ILocator MainMenu(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
}
