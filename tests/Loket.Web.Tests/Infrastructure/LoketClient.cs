using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Loket.Web.Demo;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>
/// A browser without JavaScript: keeps cookies, reads pages, and posts real forms with the
/// antiforgery token the page carries.
/// </summary>
public sealed class LoketClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A file to send with a form, as a browser's file picker would.</summary>
    public sealed record Upload(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

    /// <summary>
    /// Posts the form matched by <paramref name="formSelector"/> on <paramref name="page"/> with its own fields
    /// overridden by <paramref name="fields"/>; with <paramref name="files"/> as multipart/form-data; to
    /// <paramref name="formAction"/> when given, as a button with a formaction attribute does.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, IDictionary<string, string> fields, string? pageUrl = null, IEnumerable<Upload>? files = null, string? formAction = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Type is not "submit" and not "file" && (i.Type is not "checkbox" and not "radio" || i.IsChecked)))
        {
            // As a browser does: a field the test sets replaces the page's own value(s).
            if (!fields.ContainsKey(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]").Where(s => !fields.ContainsKey(s.Name!)))
        {
            values.Add(new(select.Name!, select.Value ?? string.Empty));
        }

        values.AddRange(fields);
        var action = formAction ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl ?? page.Url : form.GetAttribute("action")!);
        if (files is null)
        {
            return await Http.PostAsync(action, new FormUrlEncodedContent(values));
        }

        using var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            multipart.Add(part, file.Field, file.FileName);
        }

        return await Http.PostAsync(action, multipart);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string formSelector, IDictionary<string, string> fields, IEnumerable<Upload>? files = null)
    {
        var (_, page) = await GetPageAsync(pageUrl);
        return await SubmitAsync(page, formSelector, fields, pageUrl, files);
    }

    /// <summary>Logs in with a demo account such as "medewerker@leiden"; returns the final response.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string tenant, string userName, string password = DemoOptions.Password)
    {
        var response = await PostFormAsync("/inloggen", "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Tenant"] = tenant,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return response;
    }

    public async Task LoginAsDemoAsync(string tenant, string role)
    {
        var response = await LoginAsync(tenant, $"{role}@{tenant}");
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/mijn")
        {
            throw new InvalidOperationException($"Login as {role}@{tenant} failed: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => Http.Dispose();
}
