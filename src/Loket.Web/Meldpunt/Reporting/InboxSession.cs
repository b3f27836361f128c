using Microsoft.AspNetCore.DataProtection;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// After a receipt code opened a report, a short-lived, encrypted, session-only cookie remembers
/// which report, so the code is typed once per visit and never travels in a URL.
/// </summary>
public sealed class InboxSession(IDataProtectionProvider protection, TimeProvider time)
{
    public const string Cookie = "__Host-loket-inbox";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);
    private readonly IDataProtector protector = protection.CreateProtector("Meldpunt.Inbox.v1");

    public void Open(HttpResponse response, Guid reportId)
    {
        var payload = $"{reportId}|{(time.GetUtcNow() + Lifetime).ToUnixTimeSeconds()}";
        response.Cookies.Append(Cookie, protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
    }

    public Guid? Current(HttpRequest request)
    {
        if (request.Cookies[Cookie] is not { } value)
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(value).Split('|');
            return long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) > time.GetUtcNow().ToUnixTimeSeconds() ? Guid.Parse(parts[0]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static void Close(HttpResponse response) => response.Cookies.Delete(Cookie, new CookieOptions { Secure = true, Path = "/" });
}
