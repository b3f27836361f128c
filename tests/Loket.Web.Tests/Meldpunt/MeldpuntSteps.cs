using System.Net;
using AngleSharp.Html.Dom;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>What a reporter and a desk officer do, as form posts through the real pages.</summary>
internal static class MeldpuntSteps
{
    public sealed record Filed(string Code, string Reference, Guid ReportId);

    /// <summary>
    /// Reports anonymously through /melden: when the names or the text match someone, the form comes
    /// back with the check of whom, and is sent again as the reporter would. Saves the receipt code
    /// and lands in the inbox.
    /// </summary>
    public static async Task<Filed> ReportAnonymouslyAsync(LoketApp app, LoketClient reporter, string municipality, string text, string? involved = null, string category = nameof(ReportCategory.Corruption))
    {
        var fields = ReportFields(municipality, text, involved, category);
        var posted = await reporter.PostFormAsync("/melden", "main form[method=post]", fields);
        if (posted.StatusCode == HttpStatusCode.OK)
        {
            var check = await Declarations.DeclarationSteps.ParseAsync(posted);
            Assert.True(check.QuerySelector("#controle") is not null, check.QuerySelector("main")?.TextContent);
            posted = await reporter.SubmitAsync(check, "main form[method=post]", fields, "/melden");
        }

        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        return await ReceivedAsync(app, reporter, posted);
    }

    /// <summary>After an anonymous report is sent: the page with the code, saving it, and the inbox.</summary>
    public static async Task<Filed> ReceivedAsync(LoketApp app, LoketClient reporter, HttpResponseMessage posted)
    {
        Assert.Equal("/melden/ontvangen", posted.Headers.Location?.OriginalString);

        // The page that shows the code (once) opens the inbox for this browser.
        var (shown, receipt) = await reporter.GetPageAsync("/melden/ontvangen");
        var code = ReceiptCodes.Normalize(receipt.QuerySelector("[data-receipt-code]")!.TextContent)!;
        Assert.NotNull(code);
        Assert.True(shown.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-loket-inbox", StringComparison.Ordinal)), string.Join(" | ", shown.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value))));
        var saved = await reporter.SubmitAsync(receipt, "main form[method=post]", new Dictionary<string, string> { ["Saved"] = "true" }, "/melden/ontvangen");
        Assert.Equal("/melden/inbox", saved.Headers.Location?.OriginalString);

        var (_, inbox) = await reporter.GetPageAsync("/melden/inbox");
        Assert.True(inbox.QuerySelector("h1")!.TextContent.StartsWith("Je melding M-", StringComparison.Ordinal), inbox.Body!.TextContent);
        var reference = inbox.QuerySelector("h1")!.TextContent.Split(' ')[^1];
        var id = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        return new Filed(code, reference, id);
    }

    public static Dictionary<string, string> ReportFields(string municipality, string text, string? involved = null, string category = nameof(ReportCategory.Corruption))
    {
        var fields = new Dictionary<string, string> { ["Input.Municipality"] = municipality, ["Input.Category"] = category, ["Input.Text"] = text };
        if (involved is not null)
        {
            fields["Input.InvolvedNames"] = involved;
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> OpenInboxAsync(LoketClient reporter, string code)
    {
        var (_, page) = await reporter.GetPageAsync("/melden/inbox");
        return await reporter.SubmitAsync(page, "form[action*='handler=Code']", new Dictionary<string, string> { ["code"] = code }, "/melden/inbox");
    }

    /// <summary>Posts one of the case page's forms (Take, Acknowledge, Reply, ...).</summary>
    public static async Task<HttpResponseMessage> CaseActionAsync(LoketClient officer, Guid reportId, string handler, Dictionary<string, string>? fields = null)
    {
        var url = $"/meldpunt/dossiers/{reportId}";
        var (response, page) = await officer.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await officer.SubmitAsync(page, $"form[action*='handler={handler}']", fields ?? [], url);
    }

    /// <summary>Takes an unassigned case with a written reason, as the "In behandeling nemen" button does.</summary>
    public static async Task<HttpResponseMessage> TakeAsync(LoketClient officer, Guid reportId, string reason = "Nieuwe melding zonder behandelaar; ik heb deze week dienst.")
    {
        var url = $"/meldpunt/dossiers/{reportId}";
        var (response, page) = await officer.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await officer.SubmitAsync(page, "form[action*='handler=Grant']", new Dictionary<string, string> { ["reason"] = reason }, url, formAction: $"{url}?handler=Take");
    }

    public static async Task<IHtmlDocument> PageAsync(LoketClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return page;
    }
}
