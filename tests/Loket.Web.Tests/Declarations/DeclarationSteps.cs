using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.Declarations;

/// <summary>The steps tests take through the declaration pages, posting the real forms.</summary>
internal static class DeclarationSteps
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Files a declaration through the check step and returns its id (from the redirect to its page).</summary>
    public static async Task<Guid> SubmitAsync(LoketClient client, string slug, IDictionary<string, string> fields)
    {
        var response = await ConfirmAsync(client, await client.PostFormAsync($"/meldingen/nieuw/{slug}", "form.loket-declaration-form", fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await ParseAsync(response);
            throw new InvalidOperationException($"Submit failed ({(int)response.StatusCode}): {page.QuerySelector("#foutmeldingen")?.TextContent ?? page.Title}");
        }

        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location["/meldingen/".Length..location.IndexOf('?', StringComparison.Ordinal)]);
    }

    /// <summary>
    /// The second step of submitting: on the "Controleer je opgave" page the form posted first came back
    /// to, press "Opgave indienen". A response that is no check page (errors on the form) is returned as is.
    /// </summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(LoketClient client, HttpResponseMessage firstPost)
    {
        if (firstPost.StatusCode != HttpStatusCode.OK)
        {
            return firstPost;
        }

        var body = await firstPost.Content.ReadAsStringAsync();
        var page = Parser.ParseDocument(body);
        if (page.QuerySelector("form.loket-check-form") is null)
        {
            // Let the caller read the page again.
            return new HttpResponseMessage(firstPost.StatusCode) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/html") };
        }

        return await client.SubmitAsync(page, "form.loket-check-form", new Dictionary<string, string>());
    }

    public static Task<Guid> SubmitGiftAsync(LoketClient client, string subject, string giver = "Bouwbedrijf De Vries", string value = "25") =>
        SubmitAsync(client, "geschenk", new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.Counterparty"] = giver,
            ["Input.Answers[valueEur]"] = value,
            ["Input.Answers[status]"] = "accepted",
            ["Input.Answers[form]"] = "goods",
        });

    /// <summary>Posts the decision form on the declaration's page.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(LoketClient client, Guid id, IDictionary<string, string> fields)
    {
        var (_, page) = await client.GetPageAsync($"/meldingen/{id}");
        var form = page.QuerySelector("form.loket-decision-form");
        if (form is null)
        {
            // No form offered: post the handler anyway, as an attacker would, with a token from another form.
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
            var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
            return await client.Http.PostAsync($"/meldingen/{id}?handler=Decide", new FormUrlEncodedContent(values));
        }

        return await client.SubmitAsync(page, "form.loket-decision-form", fields, $"/meldingen/{id}");
    }
}
