using System.Net;
using System.Text.RegularExpressions;

namespace Loket.Bench.Scale;

/// <summary>
/// One signed-in person over a shared HttpClient. Cookies are kept by hand: the app marks them Secure
/// (loopback counts as a secure context, as in browsers) and .NET's CookieContainer never sends those over http://.
/// </summary>
internal sealed partial class BenchSession(HttpClient http)
{
    private readonly Dictionary<string, string> cookies = [];

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var pair in setCookies.Select(c => c.Split(';', 2)[0].Split('=', 2)))
            {
                cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    /// <summary>Through the login form, with its antiforgery token, as a person signs in.</summary>
    public async Task LoginAsync(string tenantSlug, string userName, string password)
    {
        using var form = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/inloggen"));
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Tenant"] = tenantSlug,
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        });
        if (post.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)post.StatusCode}.");
        }

        if (post.Headers.Location?.OriginalString.StartsWith("/inloggen/code", StringComparison.Ordinal) == true)
        {
            await AnswerCodeAsync(userName);
        }
    }

    /// <summary>The second step of a privileged account: the code of the bench's TOTP secret, as an authenticator app makes it.</summary>
    private async Task AnswerCodeAsync(string userName)
    {
        using var form = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/inloggen/code"));
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/inloggen/code")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = Loket.Web.Identity.Totp.CodeAt(BenchSettings.TotpSecret, TimeProvider.System),
                ["__RequestVerificationToken"] = token,
            }),
        });
        if (post.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The code step of {userName} failed: {(int)post.StatusCode}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
