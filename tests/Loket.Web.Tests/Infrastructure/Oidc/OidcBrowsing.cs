using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Loket.Web.Tests.Infrastructure.Oidc;

/// <summary>
/// The browser's part of OpenID Connect, done by hand: the app's client goes to the app, the
/// provider's client goes to the provider, and the test carries redirects and the provider's
/// auto-posting form between them, as a browser would.
/// </summary>
public static class OidcBrowsing
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// Clicks the municipality's button on the login page, lets the provider answer, and posts its
    /// answer (code or error) to the app's callback. Returns the app's response to that post.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInThroughProviderAsync(this LoketClient client, OidcTestServer idp)
    {
        var (_, loginPage) = await client.GetPageAsync("/inloggen");
        var challenge = await client.SubmitAsync(loginPage, "form[action*='handler=Sso']", new Dictionary<string, string> { ["tenant"] = idp.TenantSlug }, "/inloggen");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location ?? throw new InvalidOperationException("The challenge has no Location.");
        Assert.Equal(idp.AuthorizationEndpoint, new Uri(authorize.GetLeftPart(UriPartial.Path)));

        var answer = await idp.Browser.GetAsync(authorize);
        return await client.PostProviderFormAsync(answer);
    }

    /// <summary>
    /// Posts the provider's response_mode=form_post page to where it points (the app's callback),
    /// with the app's client so the correlation and nonce cookies go along.
    /// </summary>
    public static async Task<HttpResponseMessage> PostProviderFormAsync(this LoketClient client, HttpResponseMessage providerPage)
    {
        var html = await providerPage.Content.ReadAsStringAsync();
        Assert.True(providerPage.StatusCode == HttpStatusCode.OK, $"The provider answered {(int)providerPage.StatusCode}: {html}");
        var form = Parser.ParseDocument(html).QuerySelector<IHtmlFormElement>("form[method=post]")
            ?? throw new InvalidOperationException($"The provider's answer has no form: {html}");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return await client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    /// <summary>Follows a redirect to the provider with the provider's client (real HTTP).</summary>
    public static Task<HttpResponseMessage> FollowAtProviderAsync(this OidcTestServer idp, HttpResponseMessage redirect) =>
        idp.Browser.GetAsync(redirect.Headers.Location ?? throw new InvalidOperationException("No redirect to follow."));
}
