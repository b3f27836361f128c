using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.PolicyVersions;

/// <summary>The steps tests take through /beheer/gedragscode, posting the real forms.</summary>
internal static class PolicySteps
{
    public const string UploadPage = "/beheer/gedragscode/uploaden";

    /// <summary>Leiden's shipped code as version 1.4 from <paramref name="effective"/> with a limit of € 75.</summary>
    public static string LeidenWithLimit75(string effective) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "leiden", "1.3.yaml"))
            .Replace("version: \"1.3\"", "version: \"1.4\"", StringComparison.Ordinal)
            .Replace("effective-from: 2025-01-01", $"effective-from: {effective}", StringComparison.Ordinal)
            .Replace("    amount: 50\n", "    amount: 75\n", StringComparison.Ordinal)
            .Replace("wording: \"minder dan € 50\"", "wording: \"minder dan € 75\"", StringComparison.Ordinal);

    /// <summary>Uploads <paramref name="text"/> as the file leiden-1.4.yaml, with the date typed in three boxes.</summary>
    public static async Task<HttpResponseMessage> UploadFileAsync(LoketClient client, string text, DateOnly effective)
    {
        var (_, page) = await client.GetPageAsync(UploadPage);
        return await client.SubmitAsync(page, "form[enctype='multipart/form-data']", DateFields(effective), UploadPage,
            [new LoketClient.Upload("Input.File", "leiden-1.4.yaml", Encoding.UTF8.GetBytes(text), "application/yaml")]);
    }

    /// <summary>Posts the upload form again with the text box (as fixed in the browser) and no file.</summary>
    public static Task<HttpResponseMessage> UploadTextAsync(LoketClient client, IHtmlDocument page, string text, DateOnly effective) =>
        client.SubmitAsync(page, "form[enctype='multipart/form-data']", new Dictionary<string, string>(DateFields(effective)) { ["Input.Text"] = text }, UploadPage,
            files: []);

    public static Guid IdFrom(HttpResponseMessage redirect)
    {
        if (redirect.StatusCode != HttpStatusCode.Redirect)
        {
            var page = ParseAsync(redirect).GetAwaiter().GetResult();
            Assert.Fail($"Upload refused ({(int)redirect.StatusCode}): {page.QuerySelector("#foutmeldingen")?.TextContent ?? page.Title}");
        }

        return Guid.Parse(redirect.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0]);
    }

    /// <summary>Presses a decision button on the version's page; with no such form (not offered), posts the handler anyway with the page's token.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(LoketClient client, Guid id, string handler, string? reason = null)
    {
        var url = $"/beheer/gedragscode/{id}";
        var (response, page) = await client.GetPageAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return response;
        }

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (reason is not null)
        {
            fields["Reason"] = reason;
        }

        return await client.Http.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    public static async Task<string> MainTextAsync(HttpResponseMessage response) => (await ParseAsync(response)).QuerySelector("main")!.TextContent;

    private static Dictionary<string, string> DateFields(DateOnly date) => new()
    {
        ["Input.EffectiveFrom.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.EffectiveFrom.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.EffectiveFrom.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
