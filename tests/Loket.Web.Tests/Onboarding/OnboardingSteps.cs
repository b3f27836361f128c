using AngleSharp.Html.Dom;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Onboarding;

/// <summary>Builds a new person out of the demo's Mila Medewerker (1003), who has an account, so she can sign her own list.</summary>
internal static class OnboardingSteps
{
    public static async Task<Guid> MakeMilaNewAsync(LoketApp app, string tenant, EmploymentType type, DateOnly start) =>
        await app.WithDbAsync(async db =>
        {
            var mila = await db.Employees.SingleAsync(e => e.EmployeeNumber == "1003");
            mila.EmploymentType = type;
            mila.StartDate = start;
            await db.SaveChangesAsync();
            return mila.Id;
        }, tenant);

    public static async Task<LoketClient> LoginAsync(LoketApp app, string tenant, string role)
    {
        var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync(tenant, role);
        return client;
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static Task<HttpResponseMessage> OpenChecklistAsync(LoketClient hr, Guid employee) =>
        hr.PostFormAsync($"/indiensttreding/{employee}", "form#checklist-maken", new Dictionary<string, string>());

    public static Dictionary<string, string> Date(string prefix, DateOnly day) => new()
    {
        [$"{prefix}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
