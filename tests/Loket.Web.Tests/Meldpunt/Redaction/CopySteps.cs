using System.Net;
using AngleSharp.Html.Dom;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Redaction;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>What an officer does to make a copy, as form posts: the preview, then "Kopie maken" on the previewed page.</summary>
internal static class CopySteps
{
    public static string NewUrl(Guid reportId, string query = "bron=ReportText") => $"/meldpunt/dossiers/{reportId}/kopieen/nieuw?{query}";

    /// <summary>Posts the choices for a preview; the page that comes back shows it.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PreviewAsync(LoketClient officer, string url, Dictionary<string, string> choices)
    {
        var page = await MeldpuntSteps.PageAsync(officer, url);
        var response = await officer.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string>(choices) { ["stap"] = "voorbeeld" }, url);
        return (response, await Declarations.DeclarationSteps.ParseAsync(response));
    }

    /// <summary>Preview, then make the copy from the previewed page; returns the copy's id.</summary>
    public static async Task<Guid> MakeAsync(LoketApp app, LoketClient officer, Guid reportId, Dictionary<string, string> choices, string query = "bron=ReportText")
    {
        var url = NewUrl(reportId, query);
        var (previewed, page) = await PreviewAsync(officer, url, choices);
        Assert.True(previewed.StatusCode == HttpStatusCode.OK && page.QuerySelector("#voorbeeld") is not null, page.QuerySelector("main")?.TextContent);
        var made = await officer.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string>(choices) { ["stap"] = "maken" }, url);
        Assert.Equal($"/meldpunt/dossiers/{reportId}/kopieen", made.Headers.Location?.OriginalString);
        return await app.WithDbAsync(db => db.Set<RedactedCopy>().IgnoreQueryFilters().Where(c => c.ReportId == reportId).OrderByDescending(c => c.MadeAt).ThenByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
    }

    public static Dictionary<string, string> ForThePolice(string? passages = null) => new()
    {
        ["ontvanger"] = nameof(RecipientKind.Police),
        ["doel"] = "Aangifte van omkoping; de politie vroeg om de melding.",
        ["passages"] = passages ?? string.Empty,
    };

    /// <summary>The copy's text as stored, opened with the case key as the download does.</summary>
    public static Task<string> StoredTextAsync(LoketApp app, Guid copyId) => app.WithDbAsync(async db =>
    {
        var copy = await db.Set<RedactedCopy>().IgnoreQueryFilters().SingleAsync(c => c.Id == copyId);
        var report = await db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == copy.ReportId);
        return new CopySeal(app.Services.GetRequiredService<Loket.Web.Infrastructure.Crypto.KeyRing>(), report).Text(copy);
    });

    public static async Task<byte[]> DownloadAsync(LoketClient officer, Guid reportId, Guid copyId, string handler)
    {
        var response = await officer.Http.GetAsync($"/meldpunt/dossiers/{reportId}/kopieen?handler={handler}&copy={copyId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        Assert.Matches(@"^weggelakte-kopie-M-[0-9A-Z]{6}-\d{8}-\d{4}\.(pdf|txt)$", name);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The case text as the desk reads it, to show the original is untouched.</summary>
    public static Task<(byte[] Sealed, string Text)> OriginalAsync(LoketApp app, Guid reportId) => app.WithDbAsync(async db =>
    {
        var report = await db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == reportId);
        return (report.SealedText, app.Services.GetRequiredService<CaseCrypto>().Text(report));
    });
}
